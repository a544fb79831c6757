//! Tests of quote pairing: marks of every family, nesting, paragraphs, apostrophes.

use super::*;

fn quoted(text: &str) -> Vec<&str> {
    find_quotes(text)
        .iter()
        .map(|q| &text[q.start..q.end])
        .collect()
}

#[test]
fn curly_and_straight_double_quotes() {
    assert_eq!(
        quoted("“No deal,” he said. \"Never,\" she said."),
        ["“No deal,”", "\"Never,\""]
    );
}

#[test]
fn mixed_pair_a_source_really_has() {
    assert_eq!(
        quoted("He asked, \"And I asked why?” then left."),
        ["\"And I asked why?”"]
    );
}

#[test]
fn apostrophes_are_never_quote_marks() {
    let t = "It’s the ’90s, rock ’n’ roll and the students’ union, O’Brien said; don't.";
    assert!(quoted(t).is_empty(), "{:?}", quoted(t));
}

#[test]
fn uk_single_quotes_with_apostrophes_inside() {
    let t = "'It's not the students' fault,' he said of the 'Bash' bug's spread.";
    assert_eq!(quoted(t), ["'It's not the students' fault,'", "'Bash'"]);
}

#[test]
fn plural_possessive_is_not_a_close_when_a_real_close_follows() {
    let t = "She said ‘the ministers’ plans failed,’ and left.";
    assert_eq!(quoted(t), ["‘the ministers’ plans failed,’"]);
}

#[test]
fn one_word_quote_ending_in_s_still_closes() {
    let t = "He called it ‘reckless’ and walked out.";
    assert_eq!(quoted(t), ["‘reckless’"]);
}

#[test]
fn a_quote_in_the_same_double_marks_nests_inside_its_quote() {
    // Two closing marks after the inner opening one: the inner quote nests.
    let t = "“I’d rather live in what he calls “hell” than here,” she wrote.";
    assert_eq!(
        quoted(t),
        [
            "“I’d rather live in what he calls “hell” than here,”",
            "“hell”"
        ]
    );
    assert_eq!(
        find_quotes(t).iter().map(|q| q.depth).collect::<Vec<_>>(),
        [0, 1]
    );
    // One closing mark only: the first quote was never closed.
    let t = "“We won, she said. “It was a long night.”";
    assert_eq!(quoted(t), ["“We won, she said.", "“It was a long night.”"]);
    // Doubled single marks ('' … '') are one quote, not two.
    let t = "''It is a start,'' he said.";
    assert_eq!(quoted(t).len(), 1, "{:?}", quoted(t));
}

#[test]
fn nested_quotes_are_separate_items_with_depth() {
    let t = "“He told me, ‘Do it,’ and I did,” she said.";
    let q = find_quotes(t);
    assert_eq!(quoted(t), ["“He told me, ‘Do it,’ and I did,”", "‘Do it,’"]);
    assert_eq!((q[0].depth, q[1].depth), (0, 1));
}

#[test]
fn multi_paragraph_quote_is_one_item() {
    let t = "“First part.\n“Second part,” she said.\nNext.";
    assert_eq!(quoted(t), ["“First part.\n“Second part,”"]);
}

#[test]
fn unclosed_quote_ends_at_paragraph() {
    let t = "He said “we will not stop.\nThe council met. “Yes,” she said.";
    assert_eq!(quoted(t), ["“we will not stop.", "“Yes,”"]);
    assert!(!find_quotes(t)[0].closed);
}

#[test]
fn guillemets_both_ways_german_and_cjk() {
    assert_eq!(quoted("Il a dit « non » hier."), ["« non »"]);
    assert_eq!(quoted("Er sagte »nein« und ging."), ["»nein«"]);
    assert_eq!(quoted("Er sagte „nein“ und ‚doch‘."), ["„nein“", "‚doch‘"]);
    assert_eq!(
        quoted("他说「我们『不』走」。"),
        ["「我们『不』走」", "『不』"]
    );
    assert_eq!(quoted("‹ oui › et ›ja‹"), ["‹ oui ›"]);
}

#[test]
fn pathological_mark_runs_are_linear_and_safe() {
    let t = "\"'“‘«»’”'\"".repeat(20_000);
    let q = find_quotes(&t);
    assert!(q.iter().all(|q| q.start < q.end && q.end <= t.len()));
}

#[test]
fn interleaved_quotes_nest_or_stand_apart() {
    let t = "“I never said ‘yes,” Smith said, ‘and I never will.’";
    assert_eq!(quoted(t), ["“I never said ‘yes,”", "‘and I never will.’"]);
    // A double quote opened inside guillemets ends with them.
    let t = "Il a dit « non “jamais » puis il est parti.";
    let q = find_quotes(t);
    for a in &q {
        for b in &q {
            assert!(
                b.start >= a.end
                    || b.end <= a.start
                    || (a.start <= b.start && b.end <= a.end)
                    || (b.start <= a.start && a.end <= b.end),
                "{:?}",
                quoted(t)
            );
        }
    }
    assert_eq!(quoted(t)[0], "« non “jamais »");
}

#[test]
fn an_open_quote_never_crosses_a_multi_paragraph_quote() {
    // Found by the fuzzer: an unclosed »… ended at its paragraph, inside 「…\n「….
    for t in [
        "»「\n「",
        "« a 「b\n「c」 d",
        "He said « non 「oui\n「si」.",
    ] {
        let q = find_quotes(t);
        for (i, a) in q.iter().enumerate() {
            for b in &q[i + 1..] {
                assert!(b.start >= a.end || b.end <= a.end, "{t:?}: {:?}", quoted(t));
            }
        }
    }
}

#[test]
fn empty_quotes_and_runs_of_one_character_quotes_are_no_quotes() {
    assert!(quoted("\"\"\"\"\"\"\"\"").is_empty());
    assert!(quoted("“” ‘’ «» \"  \"").is_empty());
    assert!(quoted("\"a\"\"b\"\"c\" \"d\" \"e\"").is_empty());
    assert_eq!(
        quoted("He got an \"A\" grade, \"B\" or \"C\" elsewhere."),
        ["\"A\"", "\"B\"", "\"C\""]
    );
}

#[test]
fn line_and_paragraph_separators_and_lone_cr_end_paragraphs() {
    for brk in ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}"] {
        let t = format!("He said “we will not stop.{brk}The council met. “Yes,” she said.");
        assert_eq!(quoted(&t), ["“we will not stop.", "“Yes,”"], "{brk:?}");
    }
}
