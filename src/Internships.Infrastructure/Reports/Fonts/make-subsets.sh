#!/usr/bin/env bash
# Makes the report fonts: DejaVu Sans and DejaVu Sans Bold (Debian's fonts-dejavu-core), cut down to the scripts a
# district's names and reports use, and without their hinting (screen-pixel instructions a PDF does not need), so every PDF embeds
# about 100 KB of font a face instead of ~700 KB (SkiaSharp's native
# library cannot subset fonts itself). Needs pyftsubset (apt-get install fonttools). Run it only to change the ranges.
#   Latin (Basic, Latin-1, Extended-A/B, Extended Additional for Vietnamese, combining marks), Greek, Cyrillic,
#   general punctuation, currency, letterlike symbols, arrows, a few maths signs, the replacement character. No layout
#   tables (GSUB, GPOS, kern): Skia draws report text glyph by glyph, unshaped.
set -euo pipefail
cd "$(dirname "$0")"
ranges="U+0000-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2215,U+2219,U+221E,U+2248,U+2260,U+2264,U+2265,U+25CF,U+FFFD"
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/$face.ttf" --unicodes="$ranges" --layout-features='' --drop-tables+=GSUB,GPOS,kern \
    --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline --no-hinting --desubroutinize --output-file="$face.ttf"
done
ls -l DejaVuSans*.ttf
