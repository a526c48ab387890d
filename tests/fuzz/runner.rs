//! Runs one fuzz target: a fixed seed and a fixed number of cases by default
//! (what `cargo test` and CI run), or fresh seeds for `FUZZ_SECONDS` seconds
//! (what `scripts/fuzz` runs). A failure, a panic included, is shrunk to a
//! minimal input by proptest and reported with it.

use std::time::{Duration, Instant};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseResult, TestRng, TestRunner};

/// Cases per target in an ordinary test run; `FUZZ_CASES` overrides it.
const DEFAULT_CASES: u32 = 300;
const FIXED_SEED: [u8; 32] = *b"jointlink-news fixed fuzz seed!!";

pub fn fuzz<S: Strategy>(name: &str, inputs: S, check: impl Fn(S::Value) -> TestCaseResult) {
    let budget = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|seconds| seconds.parse().ok())
        .map(Duration::from_secs);
    let started = Instant::now();
    let mut cases = 0u64;
    let mut round = 0u64;
    loop {
        let (seed, round_cases) = match budget {
            None => (FIXED_SEED, cases_from_env()),
            Some(_) => (fresh_seed(round), 500),
        };
        let config = Config {
            cases: round_cases,
            failure_persistence: None,
            ..Config::default()
        };
        let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
        let mut runner = TestRunner::new_with_rng(config, rng);
        if let Err(failure) = runner.run(&inputs, &check) {
            panic!("fuzz target {name} failed (seed {seed:02x?}): {failure}");
        }
        cases += u64::from(round_cases);
        round += 1;
        if budget.is_none_or(|budget| started.elapsed() >= budget) {
            break;
        }
    }
    println!(
        "fuzz {name}: {cases} cases in {:.1} s, none failed",
        started.elapsed().as_secs_f64()
    );
}

fn cases_from_env() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

/// A different seed for every round of every run.
fn fresh_seed(round: u64) -> [u8; 32] {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    let mut seed = [0u8; 32];
    seed[..16].copy_from_slice(&nanos.to_le_bytes());
    seed[16..24].copy_from_slice(&round.to_le_bytes());
    seed[24..28].copy_from_slice(&std::process::id().to_le_bytes());
    seed
}
