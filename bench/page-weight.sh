#!/usr/bin/env bash
# Measures what the main pages weigh on the wire, with and without compression, against a running platform
# (default http://localhost:8080, started with `./mvnw spring-boot:run`). Prints a Markdown table.
set -euo pipefail
base=${1:-http://localhost:8080}
pages=("/" "/cases" "/cases?goal=11" "/cases/1" "/cases/2" "/sign-in" "/register")
echo "| Page | HTML bytes | gzip bytes on the wire |"
echo "| --- | ---: | ---: |"
for page in "${pages[@]}"; do
  raw=$(curl -s -o /dev/null -w '%{size_download}' "$base$page")
  gz=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$page")
  echo "| \`$page\` | $raw | $gz |"
done
css=$(curl -s "$base/" | grep -o '/assets/css/site-[0-9a-f]*\.css' | head -1)
echo "| \`$css\` (cached a year) | $(curl -s -o /dev/null -w '%{size_download}' "$base$css") | $(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$css") |"
js=/webjars/htmx.org/dist/htmx.min.js
echo "| \`$js\` | $(curl -s -o /dev/null -w '%{size_download}' "$base$js") | $(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$js") |"
