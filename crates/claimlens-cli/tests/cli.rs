//! The `claimlens` binary as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn claimlens(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn scan_json_prints_the_schema_with_utf16_offsets() {
    let (code, out, _) = claimlens(
        &["scan", "--format", "json", "-"],
        "😀 “No deal,” he said.".as_bytes(),
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["quotes"][0]["start"], 3);
    assert_eq!(v["quotes"][0]["end"], 13);
    assert_eq!(v["quotes"][0]["text"], "“No deal,”");
    assert!(v["attributions"].is_array() && v["hedges"].is_array());
}

#[test]
fn invalid_utf8_is_a_clear_error_naming_the_file_with_exit_code_2() {
    let path = std::env::temp_dir().join("claimlens-invalid-utf8.txt");
    std::fs::write(&path, b"ok \xff\xfe bad").unwrap();
    let (code, out, err) = claimlens(&["scan", path.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("claimlens-invalid-utf8.txt") && err.contains("not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn missing_file_exits_2_and_bad_usage_exits_1() {
    assert_eq!(claimlens(&["scan", "/nonexistent/article.txt"], b"").0, 2);
    assert_eq!(claimlens(&["scan", "--format", "xml", "-"], b"").0, 1);
    assert_eq!(claimlens(&["frobnicate"], b"").0, 1);
}

#[test]
fn text_format_marks_quotes_for_a_terminal() {
    let (code, out, _) = claimlens(
        &["scan", "--format", "text", "-"],
        "“Yes,” she said.".as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(out.contains("\x1b[7m“Yes,”\x1b[0m"), "{out}");
}

#[test]
fn text_format_names_each_quotes_speaker_beside_it_and_counts_in_words() {
    let text = "“We will rebuild the pier,” said Mayor Ana Ruiz. “It is a scandal,” \
                a resident wrote. Critics say the plan could cost more.";
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["scan", "--format", "text", "-"])
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(text.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.starts_with("“We will rebuild the pier,” [Ana Ruiz] said Mayor Ana Ruiz."),
        "{out}"
    );
    // Singular and plural counts, never "1 quotes".
    assert!(
        out.contains("\n2 quotes\n") && out.contains("\n3 attributions\n"),
        "{out}"
    );
    assert!(
        out.contains("1 weasel source;") && out.contains("\n2 hedges\n"),
        "{out}"
    );
    assert!(out.contains("Ana Ruiz: 1 quote, 5 words"), "{out}");
    assert!(
        !out.contains(" 1 quotes") && !out.contains(" 1 hedges"),
        "{out}"
    );
}

#[test]
fn empty_and_binary_input_never_panic() {
    assert_eq!(claimlens(&["scan", "-"], b"").0, 0);
    let junk: Vec<u8> = (0..=127u8).cycle().take(100_000).collect();
    assert_eq!(claimlens(&["scan", "-"], &junk).0, 0);
}

#[test]
fn a_write_error_exits_3_with_a_message() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux
    };
    let out = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["scan", "-"])
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
}

#[test]
fn a_reader_that_stops_reading_is_no_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["scan", "--format", "text", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // `| head` that has read enough
    let text = "“We will not stop,” she said. ".repeat(20_000);
    let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn text_format_escapes_control_characters_from_the_input() {
    let input = "“Stop\x1b[2J\x1b]0;pwned\x07 now,” he said.\u{202e}gnp.exe\x08\x7f\u{85}";
    let (code, out, _) = claimlens(&["scan", "--format", "text", "-"], input.as_bytes());
    assert_eq!(code, 0);
    // Only claimlens's own styles (ESC [ digits m) reach the terminal.
    let styles = without_own_styles(&out);
    assert!(!styles.contains('\x1b'), "{out:?}");
    for c in ['\x07', '\x08', '\x7f', '\u{85}', '\u{202e}'] {
        assert!(!out.contains(c), "{c:?} in {out:?}");
    }
    assert!(
        out.contains("\\u{1b}[2J") && out.contains("\\u{202e}"),
        "{out:?}"
    );
}

/// The output without claimlens's own SGR sequences (`ESC [ 0-9;… m`).
fn without_own_styles(out: &str) -> String {
    let mut rest = out;
    let mut kept = String::new();
    while let Some(i) = rest.find("\x1b[") {
        kept.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let n = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[n..].starts_with('m') {
            rest = &after[n + 1..];
        } else {
            kept.push('\x1b');
            rest = &rest[i + 1..];
        }
    }
    kept.push_str(rest);
    kept
}

#[test]
fn a_byte_order_mark_is_stripped_before_offsets_as_in_the_browser() {
    let (code, out, _) = claimlens(&["scan", "-"], "\u{feff}“Yes,” she said.".as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["quotes"][0]["start"], 0);
    assert_eq!(v["quotes"][0]["text"], "“Yes,”");
}

#[test]
fn lone_cr_and_unicode_separators_break_paragraphs() {
    for brk in ["\r", "\u{2028}", "\u{2029}"] {
        let input = format!("He said “we will not stop.{brk}The council met.");
        let (code, out, _) = claimlens(&["scan", "-"], input.as_bytes());
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["quotes"][0]["text"], "“we will not stop.", "{brk:?}");
    }
}
