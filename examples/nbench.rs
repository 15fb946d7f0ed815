use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let texts: Vec<String> = std::fs::read_to_string(&path).unwrap().lines().take(12000).filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?.get("text")?.as_str().map(String::from)).collect();
    let lex = isnad::Lexicon::builtin().unwrap();
    let norms: Vec<_> = texts.iter().map(|s| isnad::normalize::normalize(s)).collect();
    let toks: Vec<_> = norms.iter().map(|n| isnad::segment::tokenize(&n.text)).collect();
    for round in 0..5 {
        let t = Instant::now();
        let mut m = 0;
        for (nn, tk) in norms.iter().zip(&toks) { m += lex.find_in(&nn.text, tk).len(); }
        let b = t.elapsed();
        println!("round {round}: match {:?} ({m})", b);
    }
}
