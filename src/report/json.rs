//! The JSON report: one object per scenario on one line, with the fields
//! `scenario-format.md` promises and, as extensions, time, topic, explanation,
//! memory changes and the memory after each step.

use serde_json::{Value, json};

use crate::explain::{Lang, explain_step};
use crate::sim::{Actor, Memory, Message, Payload, StepRecord, Transcript};

/// The transcript as one line of JSON.
pub fn json_line(transcript: &Transcript, file: &str, lang: Lang) -> String {
    let mut memory = transcript.memory_after(None);
    let steps: Vec<Value> = transcript
        .steps
        .iter()
        .map(|step| {
            memory.apply(&step.changes);
            step_json(step, &memory, lang)
        })
        .collect();
    crate::escape::json(&json!({
        "scenario": transcript.title.en,
        "file": file,
        "passed": transcript.passed(),
        "stopped": transcript.stopped().map(|problem| json!({
            "step": transcript.steps.len(),
            "path": problem.path(),
            "message": problem.to_string(),
        })),
        "seed": transcript.seed,
        "steps": steps,
    }))
}

fn step_json(step: &StepRecord, memory: &Memory, lang: Lang) -> Value {
    let explanation = explain_step(step);
    json!({
        "index": step.index,
        "do": step.step.action,
        "status": step.outcome.status,
        "error": step.outcome.error,
        "redirect": step.outcome.redirect,
        "expect": step.step.expect,
        "met": step.met(),
        "mismatches": step.mismatches,
        "captured": step
            .captured
            .iter()
            .map(|(name, value)| (name.clone(), json!(value)))
            .collect::<serde_json::Map<String, Value>>(),
        "problem": step.problem.as_ref().map(ToString::to_string),
        "note": step.step.note,
        "at": step.at,
        "clock_at_limit": step.clock_at_limit(),
        "topic": step.topic,
        "chapter": explanation.chapter.number(),
        "rfc": explanation.rfc,
        "explain": explanation.text(lang),
        "messages": step.messages.iter().map(message_json).collect::<Vec<_>>(),
        "changes": step.changes,
        "memory": memory_json(memory),
    })
}

fn message_json(message: &Message) -> Value {
    let headers: serde_json::Map<String, Value> = message
        .headers()
        .into_iter()
        .map(|(name, value)| (name.into_owned(), Value::String(value)))
        .collect();
    let mut object = json!({
        "from": message.from,
        "to": message.to,
        "at": message.at,
        "headers": headers,
        "body": message.body().text(),
    });
    match &message.payload {
        Payload::Request(request) => {
            object["method"] = json!(request.method);
            object["target"] = json!(request.target());
        }
        Payload::Response(response) => object["status"] = json!(response.status),
    }
    object
}

/// What each party remembers; the attacker appears only once it holds something.
fn memory_json(memory: &Memory) -> Value {
    let mut object = serde_json::Map::new();
    let attacker = Some(Actor::Attacker).filter(|a| memory.of(*a).next().is_some());
    for actor in Actor::PARTIES.into_iter().chain(attacker) {
        let items: Vec<&crate::sim::Item> = memory.of(actor).collect();
        object.insert(actor.as_str().to_owned(), json!(items));
    }
    Value::Object(object)
}
