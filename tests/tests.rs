//! Integration tests: one binary, one module per area, shared helpers in `util`.

mod util;

mod batch;
mod core;

mod output;

mod props;

mod hostile;
