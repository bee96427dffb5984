#!/usr/bin/env bash
# Webhook benchmark: throughput of the signed intake (POST /callback) against the bare endpoint
# (POST /bench/bare), acknowledgement latency at a fixed 200 events/s, and the app's peak heap.
# Usage: bench/webhook.sh [client options, see bench/WebhookBench.java usage]
#   e.g. bench/webhook.sh --target-path /bench/bare     (harness check without the intake)
# Environment: BENCH_APP_ARGS (extra app arguments), BENCH_JAVA_OPTS (app JVM, default -Xmx256m
#   -XX:ActiveProcessorCount=2), BENCH_REBUILD=1 (always rebuild the jar), JAVA (java binary).
# Output: a table on stdout and in target/bench/webhook.txt; the app's log in target/bench/app.log.
# Everything runs on loopback and stops by itself (deadlines on every wait, bounded client phases).
set -euo pipefail

cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
SECRET="bench0123456789abcdef0123456789ab"
TOKEN="bench-token-not-a-real-line-token"
say() { echo "==> [bench $(date -u +%H:%M:%S)] $*"; }

mkdir -p target/bench
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tidtam-bench.XXXXXX")
APP_PID=""
SINK_PID=""
cleanup() {
	local pid
	for pid in "$APP_PID" "$SINK_PID"; do
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
		fi
	done
	[ -f "$WORK/app.log" ] && cp "$WORK/app.log" target/bench/app.log
	rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
	local p i
	for i in $(seq 1 100); do
		p=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# GET over bash's /dev/tcp (no curl needed); prints the whole response
http_get() {
	local port=$1 path=$2
	(
		exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
		printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
		timeout 5 cat <&3
	) 2>/dev/null
}

# (a) the jar, built when missing or older than the sources
if [ -n "${BENCH_REBUILD:-}" ] || [ ! -f target/tidtam.jar ] \
	|| [ -n "$(find pom.xml src $( [ -d flex-templates ] && echo flex-templates ) -newer target/tidtam.jar -print -quit)" ]; then
	say "building target/tidtam.jar: ./mvnw -B -q -DskipTests package"
	./mvnw -B -q -DskipTests package
fi

# (b) the fake LINE API sink, so that the app's async replies go somewhere
say "starting the fake LINE API sink"
"$JAVA" -Xmx128m -XX:ActiveProcessorCount=1 bench/WebhookBench.java sink --port-file "$WORK/sink.port" --max-seconds 900 \
	>"$WORK/sink.log" 2>&1 &
SINK_PID=$!
for i in $(seq 1 300); do
	[ -s "$WORK/sink.port" ] && break
	kill -0 "$SINK_PID" 2>/dev/null || { cat "$WORK/sink.log"; say "the sink died"; exit 1; }
	sleep 0.1
done
[ -s "$WORK/sink.port" ] || { say "the sink did not start within 30 s"; exit 1; }
SINK_PORT=$(cat "$WORK/sink.port")
say "fake LINE API on http://127.0.0.1:$SINK_PORT"

# (c) the app, a separate JVM with a fresh data dir and a fixed channel; without the report exports'
# warm-up, which would take a core for the first seconds of the measurement (in production it runs
# once, right after start)
APP_PORT=$(free_port)
# shellcheck disable=SC2086
env -u MONGODB_URI -u LINE_CHANNEL_SECRET -u LINE_CHANNEL_TOKEN \
	"$JAVA" ${BENCH_JAVA_OPTS:--Xmx256m -XX:ActiveProcessorCount=2} -jar target/tidtam.jar \
	--server.port="$APP_PORT" \
	--tidtam.store.data-dir="$WORK/data" \
	--line.bot.channel-secret="$SECRET" \
	--line.bot.channel-token="$TOKEN" \
	--line.bot.api-end-point="http://127.0.0.1:$SINK_PORT" \
	--line.bot.blob-end-point="http://127.0.0.1:$SINK_PORT" \
	--tidtam.bench.enabled=true \
	--tidtam.reports.warm-up=false \
	${BENCH_APP_ARGS:-} \
	>"$WORK/app.log" 2>&1 &
APP_PID=$!
say "starting the app (pid $APP_PID) on port $APP_PORT, log in target/bench/app.log"
started=$(date +%s)
deadline=$((started + 120))
# readiness (not the aggregate /actuator/health): the app takes traffic once it is ready, and the
# aggregate also carries indicators that do not bear on the intake
until http_get "$APP_PORT" /actuator/health/readiness | grep -q '"status":"UP"'; do
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		tail -n 40 "$WORK/app.log"
		say "the app exited before it was UP"
		exit 1
	fi
	if [ "$(date +%s)" -ge "$deadline" ]; then
		tail -n 40 "$WORK/app.log"
		say "the app was not UP within 120 s"
		exit 1
	fi
	sleep 0.5
done
say "app ready after $(($(date +%s) - started)) s; /actuator/health says: $(http_get "$APP_PORT" /actuator/health | tail -n 1)"

# (d) the client
set +e
"$JAVA" -Xmx512m bench/WebhookBench.java run \
	--base-url "http://127.0.0.1:$APP_PORT" --secret "$SECRET" \
	--sink-url "http://127.0.0.1:$SINK_PORT" --out target/bench/webhook.txt "$@"
client_rc=$?
set -e

# (e) stop the app (graceful, then forced) and the sink
say "stopping the app"
kill "$APP_PID" 2>/dev/null || true
for i in $(seq 1 40); do
	kill -0 "$APP_PID" 2>/dev/null || break
	sleep 0.5
done
if kill -0 "$APP_PID" 2>/dev/null; then
	say "the app did not stop within 20 s: killing it"
	kill -9 "$APP_PID" 2>/dev/null || true
fi
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
kill "$SINK_PID" 2>/dev/null || true
wait "$SINK_PID" 2>/dev/null || true
SINK_PID=""
errors=$(grep -c -E ' ERROR ' "$WORK/app.log" || true)
say "app log: $(wc -l <"$WORK/app.log") lines, $errors ERROR lines (target/bench/app.log)"
if [ "$client_rc" -ne 0 ]; then
	say "the client failed (exit $client_rc)"
	exit "$client_rc"
fi
say "summary in target/bench/webhook.txt"
