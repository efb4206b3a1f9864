#!/usr/bin/env bash
# Runs the search tests (every *Search*Tests and PracticeMatch*Tests class, or OPENSEARCH_TESTS) against a real OpenSearch 2.19 node instead
# of the embedded Lucene index: fetches the minimal distribution from Maven Central, adds the analysis plugins it
# lacks, starts one node on loopback as an unprivileged user, runs the tests with urbansdg.search.backend=opensearch,
# and stops the node on exit. Called by .ci/run after the main build; run it alone with `bash .ci/opensearch-tests.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Versions are in .ci/opensearch/pom.xml, which fetches everything in one Maven run.
OPENSEARCH_VERSION=$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' .ci/opensearch/pom.xml)
LUCENE_VERSION=$(sed -n 's:.*<lucene.version>\(.*\)</lucene.version>.*:\1:p' .ci/opensearch/pom.xml)
TESTS="${OPENSEARCH_TESTS:-*Search*Tests,PracticeMatch*Tests}"
# MAVEN_OFFLINE=true builds from the local repository only (on a developer machine that has run it once).
MVN=(./mvnw -B -ntp)
if [[ "${MAVEN_OFFLINE:-}" == "true" ]]; then MVN+=(-o); fi

started=$(date +%s)
work="$PWD/target/opensearch"
mkdir -p "$work"
"${MVN[@]}" -q -f .ci/opensearch/pom.xml dependency:copy-dependencies -DoutputDirectory="$work" \
  -DexcludeTransitive=true -Dmdep.overWriteIfNewer=true

# OpenSearch lives in a temporary folder that its own user can reach (the checkout may be under /root).
home=$(mktemp -d /tmp/urbansdg-opensearch.XXXXXX)
pidfile="$home/opensearch.pid"
stop() {
  if [[ -s "$pidfile" ]]; then
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$home"
}
trap stop EXIT

unzip -q "$work/opensearch-$OPENSEARCH_VERSION.zip" -d "$home"
os="$home/opensearch-$OPENSEARCH_VERSION"
[[ -f "$os/lib/lucene-core-$LUCENE_VERSION.jar" ]] || { echo "OpenSearch $OPENSEARCH_VERSION does not run Lucene $LUCENE_VERSION" >&2; exit 1; }

# The integ-test distribution lacks the analysis-common module (stemmers, stop words, CJK bigrams, Thai) that the full
# one has. Maven Central has its jar (no plugin zip, and the plugin installer refuses the name of a module), so it is
# put into modules/ with its descriptor, as the full distribution has it. The nori, kuromoji and smartcn plugins are
# not on Maven Central at all: .ci/opensearch/asian-analysis provides analysers of those names from the Lucene jars.
mkdir -p "$os/modules/analysis-common"
cp "$work/analysis-common-$OPENSEARCH_VERSION.jar" "$os/modules/analysis-common/"
sed "s/@VERSION@/$OPENSEARCH_VERSION/g" .ci/opensearch/analysis-common-descriptor.properties \
  > "$os/modules/analysis-common/plugin-descriptor.properties"
# The reindex module (delete-by-query, which purging an index uses) is missing too; its jars come from Maven Central.
mkdir -p "$os/modules/reindex"
cp "$work"/{reindex-client,opensearch-rest-client,opensearch-ssl-config}-"$OPENSEARCH_VERSION".jar \
  "$work"/{httpclient,httpcore,httpasyncclient,httpcore-nio,commons-codec,commons-logging}-[0-9]*.jar "$os/modules/reindex/"
sed "s/@VERSION@/$OPENSEARCH_VERSION/g" .ci/opensearch/reindex-descriptor.properties \
  > "$os/modules/reindex/plugin-descriptor.properties"
plugins="$home/plugins-src"
mkdir -p "$plugins/asian/classes"
lucene_jars=("$work"/lucene-analysis-{nori,kuromoji,smartcn}-"$LUCENE_VERSION".jar)
javac --release 17 -nowarn -d "$plugins/asian/classes" -cp "$os/lib/*:$(IFS=:; echo "${lucene_jars[*]}")" \
  .ci/opensearch/asian-analysis/org/urbansdg/opensearch/AsianAnalysisPlugin.java
mkdir -p "$plugins/asian/zip"
jar --create --file "$plugins/asian/zip/urbansdg-asian-analysis.jar" -C "$plugins/asian/classes" .
cp "${lucene_jars[@]}" "$plugins/asian/zip/"
sed "s/@VERSION@/$OPENSEARCH_VERSION/g" .ci/opensearch/asian-analysis/plugin-descriptor.properties \
  > "$plugins/asian/zip/plugin-descriptor.properties"
(cd "$plugins/asian/zip" && zip -q -r ../../urbansdg-asian-analysis.zip .)

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
export OPENSEARCH_JAVA_HOME="${OPENSEARCH_JAVA_HOME:-$java_home}"
"$os/bin/opensearch-plugin" install --batch --silent "file://$plugins/urbansdg-asian-analysis.zip"

free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; return 1
}
port=$(free_port)
transport=$(free_port)
# One node on loopback; the integ-test distribution has no security plugin, so there is no TLS or login to switch off.
cat >> "$os/config/opensearch.yml" <<YML
cluster.name: urbansdg-tests
node.name: urbansdg-test-node
network.host: 127.0.0.1
http.port: $port
transport.port: $transport
discovery.type: single-node
path.data: $home/data
path.logs: $home/logs
cluster.routing.allocation.disk.threshold_enabled: false
YML
mkdir -p "$home/data" "$home/logs"

# OpenSearch refuses to run as root: run it as a system user made for it.
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  id -u opensearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin opensearch
  chown -R opensearch: "$home"
  run_as=(runuser -u opensearch --)
fi
echo "Starting OpenSearch $OPENSEARCH_VERSION on 127.0.0.1:$port"
"${run_as[@]}" env OPENSEARCH_JAVA_HOME="$OPENSEARCH_JAVA_HOME" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
  "$os/bin/opensearch" -d -p "$pidfile"

healthy=false
for i in $(seq 1 180); do
  if [[ -s "$pidfile" ]] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
  if [[ ! -s "$pidfile" && $i -gt 30 ]]; then break; fi
  if curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
    healthy=true; break
  fi
  sleep 1
done
if ! $healthy; then
  echo "OpenSearch did not become healthy on port $port; its log:" >&2
  tail -n 80 "$home/logs/urbansdg-tests.log" >&2 || true
  exit 1
fi
curl -fsS "http://127.0.0.1:$port/_cat/plugins?v"
ready=$(date +%s)
echo "OpenSearch ready after $((ready - started)) s; running $TESTS against it"

"${MVN[@]}" test -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=true \
  -Durbansdg.search.backend=opensearch -Durbansdg.search.opensearch.hosts="127.0.0.1:$port" \
  -Dsurefire.reportsDirectory="$PWD/target/opensearch-reports"

# The tests ran against this node, not against a Lucene index: it has indexed their documents.
indexed=$(curl -fsS "http://127.0.0.1:$port/_nodes/stats/indices/indexing" | grep -o '"index_total":[0-9]*' | head -1 | cut -d: -f2)
if [[ -z "$indexed" || "$indexed" -eq 0 ]]; then
  echo "The search tests passed but indexed nothing into OpenSearch: were they run on Lucene?" >&2
  exit 1
fi
echo "OpenSearch indexed $indexed documents during the tests"
echo "OpenSearch search tests passed in $(( $(date +%s) - started )) s in all ($(( $(date +%s) - ready )) s of tests)"
