#!/bin/sh
# Seeds fuzz/corpus/<target>/ with the built-in scenarios (scenarios/*.json).
# `load` and `run` take a scenario as it is; `frame` takes four bytes first (width,
# height, options, number of inputs; see fuzz_targets/frame.rs), so each built-in is
# seeded twice: 80x24 in English with no input, and 120x40 in Korean after End, the
# State tab and Down.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scenarios="$here/../scenarios"
mkdir -p "$here/corpus/load" "$here/corpus/run" "$here/corpus/frame"
for file in "$scenarios"/*.json; do
    name=$(basename "$file" .json)
    cp "$file" "$here/corpus/load/$name.json"
    cp "$file" "$here/corpus/run/$name.json"
    { printf '\120\030\002\000'; cat "$file"; } > "$here/corpus/frame/$name-80x24"
    # inputs: 5 = End, 12 = '3' (State tab), 6 = Down (indexes into INPUTS)
    { printf '\170\050\001\003\005\014\006'; cat "$file"; } > "$here/corpus/frame/$name-120x40-ko"
done
echo "seeded $(ls "$scenarios"/*.json | wc -l) built-ins into $here/corpus/{load,run,frame}"
