//! `resplain [--json | --markdown] [FILE]`: explain a pasted HTTP response. Reads stdin when no FILE is given,
//! so `curl -si URL | resplain` works.

use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: resplain [--json | --markdown] [FILE]\n\
    Reads an HTTP response (raw, as `curl -i` prints it, headers only or body only) from FILE or\n\
    stdin and says which layer generated it and what to do.\n\
    \n  --json      print the full report as JSON\n  --markdown  print the report as Markdown (for a ticket; secrets masked)\n  -h, --help  print this help\n";

fn main() -> ExitCode {
    let mut json = false;
    let mut markdown = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--markdown" => markdown = true,
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-" => path = None,
            flag if flag.starts_with('-') => {
                eprintln!("resplain: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            file => {
                if path.is_some() {
                    eprintln!("resplain: only one FILE may be given\n{USAGE}");
                    return ExitCode::from(2);
                }
                path = Some(file.to_owned());
            }
        }
    }

    let input = match &path {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("resplain: cannot read {path}: {err}");
                return ExitCode::FAILURE;
            }
        },
        None => {
            let mut bytes = Vec::new();
            if let Err(err) = io::stdin().lock().read_to_end(&mut bytes) {
                eprintln!("resplain: cannot read stdin: {err}");
                return ExitCode::FAILURE;
            }
            bytes
        }
    };

    let report = resplain::inspect(&input);
    let text = if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => text + "\n",
            Err(err) => {
                eprintln!("resplain: cannot serialise the report: {err}");
                return ExitCode::FAILURE;
            }
        }
    } else if markdown {
        resplain::render_as(&report, &input, resplain::Style::Markdown)
    } else {
        resplain::render_text(&report)
    };
    // A closed pipe (`resplain | head`) is not an error worth a message.
    let _ = io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
