//! The `claimlens` binary as a user runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn claimlens(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A run that fails before it reads its input (a usage error) closes the pipe first.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn scan_json_prints_the_schema_with_utf16_offsets() {
    let (code, out, err) = claimlens(
        &["scan", "--format", "json", "-"],
        "😀 “No deal,” he said.".as_bytes(),
    );
    assert_eq!(code, 0);
    assert_eq!(err, "", "nothing on stderr when it is not a terminal");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["quotes"][0]["start"], 3);
    assert_eq!(v["quotes"][0]["end"], 13);
    assert_eq!(v["quotes"][0]["text"], "“No deal,”");
    assert!(v["attributions"].is_array() && v["hedges"].is_array());
    assert!(v.get("text").is_none() && v.get("path").is_none());
}

#[test]
fn offsets_count_code_points_or_bytes_on_request() {
    let text = "😀 “No deal,” he said.";
    for (unit, start, end) in [("codepoint", 2, 12), ("byte", 5, 19)] {
        let (code, out, _) = claimlens(
            &["scan", "--format=json", "--offsets", unit, "-"],
            text.as_bytes(),
        );
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            (
                v["quotes"][0]["start"].as_u64(),
                v["quotes"][0]["end"].as_u64()
            ),
            (Some(start), Some(end)),
            "{unit}"
        );
    }
}

#[test]
fn version_and_help() {
    let (code, out, _) = claimlens(&["--version"], b"");
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("claimlens {}", env!("CARGO_PKG_VERSION"))
    );
    let (code, out, _) = claimlens(&["scan", "--help"], b"");
    assert_eq!(code, 0);
    for option in [
        "--format",
        "--input",
        "--jobs",
        "--offsets",
        "--explain",
        "--color",
    ] {
        assert!(out.contains(option), "{option} missing from help:\n{out}");
    }
}

#[test]
fn unreadable_inputs_exit_1_naming_the_file_and_bad_usage_exits_2() {
    let dir = scratch("bad");
    let bad = dir.join("invalid-utf8.txt");
    std::fs::write(&bad, b"ok \xff\xfe bad").unwrap();
    let (code, out, err) = claimlens(&["scan", s(&bad)], b"");
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("invalid-utf8.txt") && err.contains("not valid UTF-8"),
        "{err}"
    );
    assert_eq!(claimlens(&["scan", "/nonexistent/article.txt"], b"").0, 1);
    assert_eq!(claimlens(&["scan", "--format", "xml", "-"], b"").0, 2);
    assert_eq!(claimlens(&["scan", "--jobs", "0", "-"], b"").0, 2);
    assert_eq!(claimlens(&["scan"], b"").0, 2);
    assert_eq!(claimlens(&["frobnicate"], b"").0, 2);
}

#[test]
fn text_format_is_coloured_only_on_request_or_a_terminal() {
    let (code, out, _) = claimlens(
        &["scan", "--format", "text", "--color", "always", "-"],
        "“Yes,” she said.".as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(out.contains("\x1b[7m“Yes,”\x1b[0m"), "{out}");
    // Piped, as here: no escapes.
    let (_, out, _) = claimlens(
        &["scan", "--format", "text", "-"],
        "“Yes,” she said.".as_bytes(),
    );
    assert!(
        out.contains("“Yes,”") && out.contains("she said.") && !out.contains('\x1b'),
        "{out}"
    );
}

#[test]
fn empty_and_binary_input_never_panic() {
    assert_eq!(claimlens(&["scan", "-"], b"").0, 0);
    let junk: Vec<u8> = (0..=127u8).cycle().take(100_000).collect();
    assert_eq!(claimlens(&["scan", "-"], &junk).0, 0);
}

/// A folder of articles (text and pages) with a speaker quoted in several of them.
fn corpus(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("b/deeper")).unwrap();
    let text = |n: usize| {
        format!(
            "“We will rebuild the pier by spring number {n},” said Mayor Ana Ruiz. \
             “Nobody asked us,” said Tom Abel. Critics say the plan may cost more.\n"
        )
    };
    for n in 0..12 {
        std::fs::write(dir.join(format!("a{n:02}.txt")), text(n)).unwrap();
    }
    std::fs::write(
        dir.join("b/deeper/page.html"),
        format!(
            "<!doctype html><nav title=\"“Menu,” it said\">Home</nav><article><p>{}</p></article>",
            text(99)
        ),
    )
    .unwrap();
    std::fs::write(dir.join("b/notes.md"), "not an input").unwrap();
    dir
}

#[test]
fn a_directory_is_walked_in_name_order_and_the_output_is_the_same_on_any_thread_count() {
    let dir = corpus("walk");
    let (code, one, err) = claimlens(&["scan", "--format", "jsonl", "--jobs", "1", s(&dir)], b"");
    assert_eq!((code, err.as_str()), (0, ""));
    let (_, two, _) = claimlens(&["scan", "--format", "jsonl", "--jobs", "2", s(&dir)], b"");
    let (_, many, _) = claimlens(&["scan", "--format", "jsonl", "--jobs", "7", s(&dir)], b"");
    assert_eq!(one, two);
    assert_eq!(one, many);
    let records = json_lines(&one);
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 13, "{paths:?}");
    assert!(paths[0].ends_with("a00.txt") && paths[11].ends_with("a11.txt"));
    assert!(paths[12].ends_with("b/deeper/page.html"));
    // The page: its article only (the nav's attribute is no quote), with its text.
    let page = &records[12];
    assert_eq!(page["quotes"].as_array().unwrap().len(), 2);
    let text = page["text"].as_str().unwrap();
    assert!(
        text.starts_with("“We will rebuild the pier by spring number 99,”"),
        "{text}"
    );
    assert!(records[0].get("text").is_none());
    // One JSON document: an array of the same records.
    let (_, doc, _) = claimlens(&["scan", "--format", "json", s(&dir)], b"");
    let doc: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(doc.as_array().unwrap(), &records);
}

#[test]
fn html_attribute_values_are_not_scare_quotes() {
    let dir = scratch("attrs");
    let page = dir.join("p.html");
    std::fs::write(
        &page,
        "<html><body><div data-x='“quoted”' title=\"a ‘label’\"><p>The council met on Monday.</p></div></body></html>",
    )
    .unwrap();
    let (code, out, _) = claimlens(&["scan", s(&page)], b"");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["quotes"].as_array().unwrap().len(), 0, "{out}");
    assert_eq!(v["text"], "The council met on Monday.\n");
    // --input text reads the same file as text: the markup's quotes are found.
    let (_, out, _) = claimlens(&["scan", "--input", "text", s(&page)], b"");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!v["quotes"].as_array().unwrap().is_empty());
}

#[test]
fn jsonl_input_gives_one_record_per_line_in_order_and_errors_in_place() {
    let lines = concat!(
        "{\"id\": \"a\", \"text\": \"“Yes,” she said.\"}\n",
        "not json\n",
        "\n",
        "{\"id\": 7, \"html\": \"<p title='“no”'>“No,” he said.</p>\"}\n",
        "{\"id\": \"empty\"}\n",
        "{\"id\": \"bytes\", \"text\": \"caf\u{e9}\"}\n",
    );
    let mut input = lines.as_bytes().to_vec();
    input.extend_from_slice(
        b"{\"id\": \"bad\", \"text\": \"caf\xff\"}\n{\"id\": \"last\", \"text\": \"Done.\"}",
    );
    let (code, out, err) = claimlens(
        &["scan", "--input", "jsonl", "--format", "jsonl", "-"],
        &input,
    );
    assert_eq!(code, 1, "some inputs failed");
    let records = json_lines(&out);
    let ids: Vec<String> = records.iter().map(|r| r["id"].to_string()).collect();
    assert_eq!(
        ids,
        [
            "\"a\"",
            "null",
            "7",
            "\"empty\"",
            "\"bytes\"",
            "null",
            "\"last\""
        ]
    );
    assert_eq!(records[0]["quotes"][0]["text"], "“Yes,”");
    assert_eq!(records[1]["line"], 2);
    assert!(records[1]["error"]
        .as_str()
        .unwrap()
        .contains("not a JSON line"));
    assert_eq!(records[2]["quotes"][0]["text"], "“No,”");
    assert_eq!(records[2]["quotes"].as_array().unwrap().len(), 1);
    assert!(records[3]["error"].as_str().unwrap().contains("neither"));
    assert!(records[5]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(err.contains("standard input:2:"), "{err}");
}

#[test]
fn a_missing_path_among_good_ones_is_reported_in_its_place() {
    let dir = corpus("missing");
    let a = dir.join("a00.txt");
    let (code, out, err) = claimlens(
        &[
            "scan",
            "--format",
            "jsonl",
            s(&a),
            "/nonexistent.txt",
            s(&a),
        ],
        b"",
    );
    assert_eq!(code, 1);
    let records = json_lines(&out);
    assert_eq!(records.len(), 3);
    assert_eq!(records[1]["path"], "/nonexistent.txt");
    assert!(records[1]["error"].is_string());
    assert!(records[2]["quotes"].is_array());
    assert!(err.contains("/nonexistent.txt"));
}

#[test]
fn a_closed_output_exits_3() {
    let Ok(full) = std::fs::File::create("/dev/full") else {
        return; // not on this system
    };
    let status = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(["scan", "--format", "jsonl", "-"])
        .stdin(Stdio::null())
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&status.stderr).contains("cannot write"));
}

#[test]
fn stats_counts_speakers_by_quotes_words_and_articles() {
    let dir = corpus("stats");
    let (code, csv, err) = claimlens(&["stats", s(&dir)], b"");
    assert_eq!((code, err.as_str()), (0, ""));
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "speaker,speaker_kind,quotes,quoted_words,articles");
    // Ana Ruiz: 13 articles, one quote of 9 words in each ("We will rebuild … number N").
    assert_eq!(rows[1], "Ana Ruiz,person,13,117,13", "{csv}");
    assert_eq!(rows[2], "Tom Abel,person,13,39,13", "{csv}");
    let (_, json, _) = claimlens(&["stats", "--format", "json", "--jobs", "2", s(&dir)], b"");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["articles"], 13);
    assert_eq!(v["totals"]["quotes"], 26);
    assert_eq!(v["totals"]["weasels"], 13);
    assert_eq!(v["per_article"]["weasels"], 1.0);
    assert_eq!(v["speakers"][0]["speaker"], "Ana Ruiz");
    let (_, table, _) = claimlens(&["stats", "--table", "articles", s(&dir)], b"");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 14);
    assert!(lines[0].starts_with("id,words,"));
    assert!(lines[1].contains("a00.txt,"));
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
fn a_reader_that_stops_reading_gets_exit_3_and_no_message() {
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
    assert_eq!(out.status.code(), Some(3));
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

#[test]
fn watch_patterns_from_flags_and_files_are_reported_with_the_chosen_offsets() {
    let dir = scratch("watch");
    let file = dir.join("watch.txt");
    std::fs::write(&file, "# our style guide\n\nslammed\n  (?-i)Acme  \n").unwrap();
    let text = "😀 Sources close to Acme said ACME slammed the deal. Sources CLOSE to him agreed.";
    let args = [
        "scan",
        "--watch",
        "sources close to",
        "--watch-file",
        s(&file),
        "-",
    ];
    let (code, out, err) = claimlens(&args, text.as_bytes());
    assert_eq!((code, err.as_str()), (0, ""));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found = v["watch"].as_array().unwrap();
    let texts: Vec<&str> = found.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        ["Sources close to", "Acme", "slammed", "Sources CLOSE to"]
    );
    // UTF-16 by default: the emoji counts two.
    assert_eq!(
        (found[0]["start"].as_u64(), found[0]["end"].as_u64()),
        (Some(3), Some(19))
    );
    assert_eq!(found[1]["pattern"], "(?-i)Acme");
    assert_eq!(found[1]["pattern_index"], 2);
    let mut cp_args = args.to_vec();
    cp_args.splice(1..1, ["--offsets", "codepoint"]);
    let (_, out, _) = claimlens(&cp_args, text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for m in v["watch"].as_array().unwrap() {
        let (a, b) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[a..b].iter().collect::<String>(),
            m["text"].as_str().unwrap()
        );
    }
    let (_, out, _) = claimlens(
        &["scan", "--format", "text", "--watch", "slammed", "-"],
        text.as_bytes(),
    );
    assert!(
        out.contains("1 watch-list match\n") && out.contains("slammed (watch: slammed)"),
        "{out}"
    );
    // Without a watch list, no `watch` key at all: the output is as it always was.
    let (_, out, _) = claimlens(&["scan", "-"], text.as_bytes());
    assert!(!out.contains("\"watch\""), "{out}");
}

#[test]
fn a_bad_watch_pattern_exits_2_naming_the_pattern_position_and_origin() {
    let (code, out, err) = claimlens(
        &["scan", "--watch", "ok", "--watch", "officials? (said", "-"],
        b"text",
    );
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "claimlens: bad watch pattern 2 \"officials? (said\" at character 12: unclosed group (--watch)\n"
    );
    let dir = scratch("badwatch");
    let file = dir.join("w.txt");
    std::fs::write(&file, "# names\nAnn Lee\n[a-\n").unwrap();
    let (code, _, err) = claimlens(&["scan", "--watch-file", s(&file), "-"], b"text");
    assert_eq!(code, 2);
    assert!(
        err.contains("\"[a-\" at character 1: unclosed character class")
            && err.contains("w.txt line 3"),
        "{err}"
    );
    let (code, _, err) = claimlens(
        &["scan", "--watch-file", "/nonexistent/watch.txt", "-"],
        b"text",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot read the watch file /nonexistent/watch.txt"),
        "{err}"
    );
}

#[test]
fn the_language_is_chosen_declared_by_the_page_or_line_or_detected() {
    let fr = "« Nous ne céderons pas », a déclaré Claire Aubert.";
    let speaker = |out: &str| {
        let v: serde_json::Value = serde_json::from_str(out).unwrap();
        (
            v["language"].as_str().unwrap().to_string(),
            v["quotes"][0]["speaker"].clone(),
        )
    };
    // Too short to tell by its words: English, unless chosen.
    let (code, out, _) = claimlens(&["scan", "-"], fr.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(speaker(&out), ("en".into(), serde_json::Value::Null));
    let (_, out, _) = claimlens(&["scan", "--language", "fr", "-"], fr.as_bytes());
    assert_eq!(speaker(&out), ("fr".into(), "Claire Aubert".into()));
    // A page's <html lang>; a language claimlens does not read is read with English's rules.
    let page = |lang: &str| {
        format!("<html lang=\"{lang}\"><body><article><p>{fr}</p></article></body></html>")
    };
    let (_, out, _) = claimlens(&["scan", "--input", "html", "-"], page("fr-FR").as_bytes());
    assert_eq!(speaker(&out).0, "fr");
    let (_, out, _) = claimlens(&["scan", "--input", "html", "-"], page("pt-BR").as_bytes());
    assert_eq!(speaker(&out).0, "en");
    // A JSONL line's "language"; one claimlens does not read is an error record in place.
    let lines = format!(
        "{{\"id\": 1, \"text\": \"{fr}\", \"language\": \"fr\"}}\n{{\"id\": 2, \"text\": \"{fr}\", \"language\": \"it\"}}\n{{\"id\": 3, \"text\": \"{fr}\"}}\n"
    );
    let (code, out, _) = claimlens(
        &["scan", "--input", "jsonl", "--format", "jsonl", "-"],
        lines.as_bytes(),
    );
    assert_eq!(code, 1);
    let records = json_lines(&out);
    assert_eq!(records[0]["language"], "fr");
    assert_eq!(records[0]["quotes"][0]["speaker"], "Claire Aubert");
    assert!(records[1]["error"]
        .as_str()
        .unwrap()
        .contains("\"language\": unknown language 'it' (claimlens reads en, fr, de and es)"));
    assert_eq!(records[2]["language"], "en");
    // --language overrides the line's; a bad --language is a usage error.
    let (_, out, _) = claimlens(
        &[
            "scan",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--language",
            "de",
            "-",
        ],
        lines.as_bytes(),
    );
    let read: Vec<_> = json_lines(&out)
        .into_iter()
        .filter(|r| r.get("error").is_none())
        .collect();
    assert!(read.len() == 2 && read.iter().all(|r| r["language"] == "de"));
    let (code, _, err) = claimlens(&["scan", "--language", "xx", "-"], fr.as_bytes());
    assert_eq!(code, 2, "{err}");
    // stats reads the same option.
    let (code, out, _) = claimlens(
        &["stats", "--format", "json", "--language", "fr", "-"],
        fr.as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(out.contains("Claire Aubert"), "{out}");
}
