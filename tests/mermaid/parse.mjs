// Reads Mermaid files and parses each with Mermaid's own parser, in Node, with jsdom
// standing in for the browser. For each file it prints one JSON line with what the
// parser understood: the title, the participants, the arrows and the notes, their
// text decoded as Mermaid draws it (entity codes such as #59; turned back into
// characters), so a test can compare it with what was meant.
//
// Usage: node parse.mjs FILE.mmd…   Exit code 0 when every file parses, 1 otherwise.

import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

// Mermaid keeps entity codes as placeholders while it parses and turns them into
// HTML entities when it draws; the browser then decodes those.
const decoder = dom.window.document.createElement('textarea');
function drawn(text) {
  const html = String(text ?? '')
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';');
  decoder.innerHTML = html;
  return decoder.value;
}

// Mermaid's message kinds (sequenceDb LINETYPE) that are drawn as arrows or notes.
const ARROWS = { 0: '->>', 1: '-->>', 3: '-x', 4: '--x', 5: '->', 6: '-->', 24: '-)', 25: '--)' };
const NOTE = 2;

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = await readFile(file, 'utf8');
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const participants = [...db.getActors().values()].map((a) => ({
      id: a.name,
      name: drawn(a.description),
    }));
    const arrows = [];
    const notes = [];
    for (const m of db.getMessages()) {
      if (m.type === NOTE) notes.push(drawn(m.message));
      else if (m.type in ARROWS)
        arrows.push({ from: m.from, to: m.to, arrow: ARROWS[m.type], text: drawn(m.message) });
    }
    const title = drawn(db.getDiagramTitle());
    console.log(JSON.stringify({ file, ok: true, title, participants, arrows, notes }));
  } catch (error) {
    failed += 1;
    const message = String(error?.message ?? error);
    console.log(JSON.stringify({ file, ok: false, error: message }));
  }
}
process.exit(failed === 0 ? 0 : 1);
