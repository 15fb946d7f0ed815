//! Reading one lexicon file: comments, columns, validation.

use super::{Anaphor, CueClass, Entry, EntryKind, LexiconError, Role, SourceType};
use crate::normalize::fold;

/// The lexicon files isnad knows, in load order, with their column counts.
pub const FILES: &[(&str, usize)] = &[
    ("cues", 4),
    ("outlets", 3),
    ("organizations", 3),
    ("titles", 2),
    ("anonymous", 3),
    ("institution_heads", 2),
    ("outlet_heads", 2),
    ("anaphora", 2),
    ("grammar", 2),
];

/// One parsed line: its entry and the folded forms that match it.
pub(crate) struct Parsed {
    pub entry: Entry,
    pub forms: Vec<String>,
}

/// Parses the text of lexicon file `name` (a stem from [`FILES`]); `path`
/// is what errors call the file.
pub(crate) fn parse_file(name: &str, path: &str, text: &str) -> Result<Vec<Parsed>, LexiconError> {
    let columns = FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
        .ok_or_else(|| LexiconError::new(path, 0, format!("unknown lexicon file '{name}'")))?;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |msg: String| LexiconError::new(path, line, msg);
        let content = raw.trim_end_matches('\r');
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = content.split('\t').map(str::trim).collect();
        if cols.len() != columns {
            return Err(err(format!("expected {columns} tab-separated columns, found {}", cols.len())));
        }
        if let Some(empty) = cols.iter().position(|c| c.is_empty()) {
            return Err(err(format!("column {} is empty (write '-' for none)", empty + 1)));
        }
        let (forms_col, entry) = match name {
            "cues" => {
                let class = match cols[1] {
                    "according_to" => CueClass::AccordingTo,
                    "verb" => CueClass::Verb,
                    "participle" => CueClass::Participle,
                    "noun" => CueClass::Noun,
                    other => return Err(err(format!("unknown cue class '{other}'"))),
                };
                let weight = parse_weight(cols[2]).map_err(&err)?;
                let flags = parse_flags(cols[3], &["bare", "initial", "impersonal", "report_only", "passive", "thing_object", "ba_content", "noun_content", "party_only", "navigation", "object_first"]).map_err(&err)?;
                let canonical = first_form(cols[0]);
                let mut e = Entry::new(EntryKind::Cue(class), canonical, weight);
                e.bare = flags.contains(&"bare");
                e.initial = flags.contains(&"initial");
                e.impersonal = flags.contains(&"impersonal");
                e.report_only = flags.contains(&"report_only");
                e.passive = flags.contains(&"passive");
                e.thing_object = flags.contains(&"thing_object");
                e.ba_content = flags.contains(&"ba_content");
                e.noun_content = flags.contains(&"noun_content");
                e.party_only = flags.contains(&"party_only");
                e.navigation = flags.contains(&"navigation");
                e.object_first = flags.contains(&"object_first");
                if e.object_first && class != CueClass::Verb {
                    return Err(err("flag 'object_first' is for verbs".to_owned()));
                }
                if e.thing_object && !e.bare {
                    return Err(err("flag 'thing_object' is for bare verbs".to_owned()));
                }
                if e.report_only && class != CueClass::Verb {
                    return Err(err("flag 'report_only' is for verbs".to_owned()));
                }
                if e.party_only && class != CueClass::AccordingTo {
                    return Err(err("flag 'party_only' is for according_to cues".to_owned()));
                }
                (cols[0], e)
            }
            "outlets" | "organizations" => {
                let stype = if name == "outlets" { SourceType::Outlet } else { SourceType::Organization };
                let allowed: &[&str] = if name == "outlets" {
                    &["agency", "newspaper", "broadcaster", "website", "magazine"]
                } else {
                    &["country", "institution", "international", "military", "party", "company", "group"]
                };
                if !allowed.contains(&cols[1]) {
                    return Err(err(format!("unknown subtype '{}' (one of {})", cols[1], allowed.join(", "))));
                }
                let mut e = Entry::new(EntryKind::Source(stype), cols[0].to_owned(), 1.0);
                e.subtype = cols[1].to_owned();
                (cols[2], e)
            }
            "titles" | "institution_heads" => {
                let weight = parse_weight(cols[1]).map_err(&err)?;
                let kind = if name == "titles" { EntryKind::Title } else { EntryKind::InstitutionHead };
                (cols[0], Entry::new(kind, first_form(cols[0]), weight))
            }
            "anonymous" => {
                let weight = parse_weight(cols[1]).map_err(&err)?;
                let flags = parse_flags(cols[2], &["adj"]).map_err(&err)?;
                let mut e = Entry::new(EntryKind::Anonymous, first_form(cols[0]), weight);
                e.adj = flags.contains(&"adj");
                (cols[0], e)
            }
            "outlet_heads" => {
                let subtype = cols[1];
                if !["agency", "newspaper", "broadcaster", "website", "magazine"].contains(&subtype) {
                    return Err(err(format!("unknown outlet subtype '{subtype}'")));
                }
                let mut e = Entry::new(EntryKind::OutletHead, first_form(cols[0]), 1.0);
                e.subtype = subtype.to_owned();
                (cols[0], e)
            }
            "anaphora" => {
                let target = parse_anaphor(cols[1]).map_err(&err)?;
                (cols[0], Entry::new(EntryKind::Anaphor(target), first_form(cols[0]), 1.0))
            }
            "grammar" => {
                let role = match cols[1] {
                    "complementizer" => Role::Complementizer,
                    "not_complementizer_before" => Role::NotComplementizerBefore,
                    "name_stop" => Role::NameStop,
                    "continuation" => Role::Continuation,
                    "relative_carrier" => Role::RelativeCarrier,
                    "told" => Role::Told,
                    "object_participle" => Role::ObjectParticiple,
                    "month" => Role::Month,
                    "description" => Role::Description,
                    "elative" => Role::Elative,
                    "kin" => Role::Kin,
                    "norm" => Role::Norm,
                    "report_noun" => Role::ReportNoun,
                    "report_adjective" => Role::ReportAdjective,
                    "issued" => Role::Issued,
                    "issued_by" => Role::IssuedBy,
                    "report_anaphor" => Role::ReportAnaphor,
                    "relative" => Role::Relative,
                    "opener" => Role::Opener,
                    "connective_head" => Role::ConnectiveHead,
                    "apposition_head" => Role::AppositionHead,
                    "filler" => Role::Filler,
                    "name_link" => Role::NameLink,
                    "bound_link" => Role::BoundLink,
                    "construct_head" => Role::ConstructHead,
                    "preposition" => Role::Preposition,
                    "following" => Role::Following,
                    "adjunct_head" => Role::AdjunctHead,
                    "addressee" => Role::Addressee,
                    "one_of" => Role::OneOf,
                    "content_noun" => Role::ContentNoun,
                    other => return Err(err(format!("unknown grammar role '{other}'"))),
                };
                if role.exact() && cols[0].contains(' ') {
                    return Err(err(format!("role '{}' takes single words", cols[1])));
                }
                (cols[0], Entry::new(EntryKind::Grammar(role), first_form(cols[0]), 1.0))
            }
            _ => unreachable!("checked against FILES above"),
        };
        let mut entry = entry;
        entry.origin = format!("{path}:{line}");
        let forms = expand_forms(forms_col).map_err(&err)?;
        out.push(Parsed { entry, forms });
    }
    Ok(out)
}

fn first_form(col: &str) -> String {
    col.split('|').next().unwrap_or(col).trim().replace("(ال)", "").to_owned()
}

fn parse_weight(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(w) if (0.0..=1.0).contains(&w) => Ok(w),
        _ => Err(format!("weight '{s}' is not a number from 0 to 1")),
    }
}

fn parse_flags<'a>(s: &'a str, allowed: &[&str]) -> Result<Vec<&'a str>, String> {
    if s == "-" {
        return Ok(Vec::new());
    }
    let flags: Vec<&str> = s.split(',').map(str::trim).collect();
    for f in &flags {
        if !allowed.contains(f) {
            return Err(format!("unknown flag '{f}' (allowed: {})", allowed.join(", ")));
        }
    }
    Ok(flags)
}

fn parse_anaphor(s: &str) -> Result<Anaphor, String> {
    let (ty, sub) = s.split_once(':').map_or((s, None), |(a, b)| (a, Some(b.to_owned())));
    let stype = match ty {
        "outlet" => Some(SourceType::Outlet),
        "person" => Some(SourceType::Person),
        "organization" => Some(SourceType::Organization),
        "anonymous" => Some(SourceType::Anonymous),
        "any" => None,
        other => return Err(format!("unknown anaphora target '{other}'")),
    };
    let role = stype == Some(SourceType::Person) && sub.as_deref() == Some("role");
    let country = stype == Some(SourceType::Organization) && sub.as_deref() == Some("country");
    if sub.is_some() && stype != Some(SourceType::Outlet) && !role && !country {
        return Err(format!("only outlet targets take a subtype (persons: role; organizations: country): '{s}'"));
    }
    Ok(Anaphor { stype, subtype: sub })
}

/// Splits `a|b|(ال)c` into folded forms: a, b, c, الc.
fn expand_forms(col: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for raw in col.split('|') {
        let raw = raw.trim();
        if let Some(rest) = raw.strip_prefix("(ال)") {
            out.push(fold(rest));
            out.push(fold(&format!("ال{rest}")));
        } else {
            out.push(fold(raw));
        }
    }
    if let Some(bad) = out.iter().find(|f| f.is_empty() || f.contains('\n')) {
        return Err(format!("empty or multi-line form '{bad}'"));
    }
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("cues", "# c\nقال\tverb\t0.9\t-\nأكد\tverb\t2\t-\n", "x.tsv:3: weight '2' is not a number from 0 to 1"),
            ("cues", "قال\tverb\t0.9\n", "x.tsv:1: expected 4 tab-separated columns, found 3"),
            ("cues", "قال\tshout\t0.9\t-\n", "x.tsv:1: unknown cue class 'shout'"),
            ("outlets", "Reuters\tagency\t\n", "x.tsv:1: column 3 is empty (write '-' for none)"),
            ("anaphora", "الصحيفة\toutlet:paper2\n\nالوزير\tperson:x\n", "x.tsv:3: only outlet targets take a subtype (persons: role; organizations: country): 'person:x'"),
            ("anaphora", "الدولة\torganization:country\nالوزارة\torganization:ministry\n", "x.tsv:2: only outlet targets take a subtype (persons: role; organizations: country): 'organization:ministry'"),
            ("grammar", "ان\tcomplementiser\n", "x.tsv:1: unknown grammar role 'complementiser'"),
            ("cues", "بحسب\taccording_to\t0.9\treport_only\n", "x.tsv:1: flag 'report_only' is for verbs"),
            ("cues", "كشف|كشفت\tverb\t0.7\tthing_object\n", "x.tsv:1: flag 'thing_object' is for bare verbs"),
            ("cues", "قال\tverb\t0.9\tparty_only\n", "x.tsv:1: flag 'party_only' is for according_to cues"),
            ("cues", "بحسب\taccording_to\t0.9\tobject_first\n", "x.tsv:1: flag 'object_first' is for verbs"),
            ("grammar", "لكن|بيد أن\topener\n", "x.tsv:1: role 'opener' takes single words"),
        ];
        for (file, text, want) in cases {
            let got = parse_file(file, "x.tsv", text).err().map(|e| e.to_string());
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn optional_article_expands() {
        let p = parse_file("outlets", "o", "Associated Press\tagency\t(ال)أسوشيتد برس|AP\n").unwrap();
        assert_eq!(p[0].forms, vec!["اسوشيتد برس", "الاسوشيتد برس", "ap"]);
        assert_eq!(p[0].entry.canonical, "Associated Press");
    }
}
