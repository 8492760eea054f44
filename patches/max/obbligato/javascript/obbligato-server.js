// Starts and stops `obbligato serve` from Max (node.script, Max 8+), and says how it is doing.
// Messages: start [ARGS...] (extra arguments for serve), stop, command PROGRAM [ARGS...] (what
// to run instead of `obbligato`: e.g. /Users/me/obbligato/.venv/bin/obbligato).
// Out: status running PID | status exited CODE | status failed MESSAGE | log LINE.
const maxApi = require("max-api");
const { spawn } = require("child_process");

let program = ["obbligato"];
let child = null;

function lastLine(data) {
  const lines = data.toString().split("\n").filter((l) => l.trim());
  return lines.length ? lines[lines.length - 1] : null;
}

maxApi.addHandler("command", (...argv) => { program = argv.map(String); });

maxApi.addHandler("start", (...extra) => {
  if (child) { maxApi.outlet("status", "running", child.pid); return; }
  const argv = [...program.slice(1), "serve", ...extra.map(String)];
  const proc = spawn(program[0], argv, { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  proc.on("error", (e) => {  // no such program: say so, once
    if (child === proc) child = null;
    maxApi.outlet("status", "failed", e.message);
  });
  proc.on("spawn", () => maxApi.outlet("status", "running", proc.pid));
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on("data", (d) => { const l = lastLine(d); if (l) maxApi.outlet("log", l); });
  }
  proc.on("exit", (code, signal) => {
    if (child === proc) child = null;
    maxApi.outlet("status", "exited", code === null ? String(signal) : code);
  });
});

maxApi.addHandler("stop", () => { if (child) child.kill("SIGINT"); });  // serve stops cleanly
