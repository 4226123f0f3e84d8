"""Print every gold item of one article in context, for the annotator's review."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import load_articles  # noqa: E402
from spans import context  # noqa: E402

ident = sys.argv[1]
text = load_articles()[ident]["text"]
gold = json.loads((Path(__file__).resolve().parents[1] / "gold" / f"{ident}.json").read_text())
for cat in ("actors", "places"):
    print("==", cat)
    for m in gold[cat]:
        print(f"  {m['class']:<14} {m['name'][:28]:<28} {m['qid'] or '':<9} {context(text, m['start'], m['end'], 18)}")
print("== operations")
for o in gold["operations"]:
    def t(s): return text[s["start"]:s["end"]]
    print(f"  {o['type']:<18} [{o['trigger']['text']}] ag={[t(a) for a in o['agents']]} tg={[t(a) for a in o['targets']]} "
          f"sup={[t(a) for a in o['supporters']]} pl={[t(a) for a in o['places']]} time={t(o['time']) if o['time'] else None}")
print("== figures")
for f in gold["figures"]:
    print(f"  {f['kind']:<16} {f['min']}..{f['max']} {f['approximation']:<9} [{f['text']}] by={text[f['stated_by']['start']:f['stated_by']['end']] if f['stated_by'] else None}")
print("== dates")
for d in gold["dates"]:
    print(f"  [{d['text']}] {d['resolved_start']}..{d['resolved_end']}")
print("== attributions / statements")
for a in gold["attributions"]:
    print(f"  {[h['text'] for h in a['chain']]} cue={text[a['cue']['start']:a['cue']['end']]} :: {text[a['content']['start']:a['content']['end']][:50]}")
for s in gold["statements"]:
    print(f"  {s['kind']} by={text[s['by']['start']:s['by']['end']]} cue={text[s['cue']['start']:s['cue']['end']]}")
