"""`obbligato render`, `demo`, `live`, `serve`, `install`, `record` and `devices`: playing,
offline (the file clock) and live (the sound card's clock)."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from agent.cli.options import add_param_args, params_from_args

DEMO_CHORALES = 60  # 48 training, 12 held out: issue 11's split
AUDIO_LOST_EXIT = 3  # the audio server went away: a supervisor may restart the agent
log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("render", help="render a guide file into the agent's answer (offline)")
    r.add_argument("agent", type=Path)
    r.add_argument("guide", type=Path, help="audio file of track A")
    r.add_argument("--corpus", type=Path, required=True, help="target corpus to play from")
    r.add_argument("--out", type=Path, required=True, help="output .wav (B alone); _guide.wav, "
                   "_mix.wav, _timeline.png and _quality.json are written beside it")
    add_target_args(r)
    r.add_argument("--seed", type=int, default=0)
    add_param_args(r)
    r.set_defaults(func=cmd_render)

    d = sub.add_parser("demo", help="chorales -> corpus -> agent -> evaluation -> render, with "
                       "results (about five minutes; the sweep is `obbligato sweep`)")
    d.add_argument("out", type=Path, help="folder for everything the demo makes")
    d.add_argument("--limit", type=int, default=DEMO_CHORALES, help="number of chorales")
    d.set_defaults(func=cmd_demo)
    add_live_parsers(sub)


def add_target_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--role", help="only this role's tracks of the corpus (default: the agent's "
                   "target role if the corpus has it, else all)")
    p.add_argument("--split", choices=["train", "test"], help="only this split's songs")
    p.add_argument("--region-tag", nargs="+", default=(), help="region: tracks with these tags")
    p.add_argument("--region-track", nargs="+", default=(), help="region: these songs or "
                   "song/role tracks")
    p.add_argument("--region-time", nargs=2, type=float, metavar=("START", "END"),
                   help="region: segments within this time range of their recording (s)")
    p.add_argument("--region-labels", nargs="+", type=int, default=(), help="region: labels")


def region_from(args: argparse.Namespace):
    from agent.synthesis.regions import Region

    return Region(tags=tuple(args.region_tag), tracks=tuple(args.region_track),
                  time=tuple(args.region_time) if args.region_time else None,
                  labels=tuple(args.region_labels))


def cmd_render(args: argparse.Namespace) -> int:
    from agent.decision.agentdir import load_agent
    from agent.engine.offline import render_guide, write_outputs
    from agent.synthesis import quality
    from agent.synthesis.target import load_agent_target

    params = params_from_args(args)
    agent = load_agent(args.agent)
    target = load_agent_target(agent, args.corpus, args.role, args.split)
    from agent.synthesis.regions import apply_region

    apply_region(target, region_from(args))
    r = render_guide(agent, args.guide, target, params, args.seed, progress=True)
    paths = write_outputs(r, args.out, f"{args.guide.name} -> {agent.target_role}")
    dur = len(r.b) / r.sr
    print(f"rendered {dur:.1f} s in {r.seconds:.2f} s ({dur / max(r.seconds, 1e-9):.0f}x real time)")
    print(quality.summary(r.quality))
    for p in paths:
        print(f"wrote {p}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from agent.tools.demo import run_demo

    run_demo(args.out, args.limit)
    return 0


def add_live_parsers(sub: argparse._SubParsersAction) -> None:
    lv = sub.add_parser("live", help="play live: listen to the input and answer on the outputs")
    lv.add_argument("agent", type=Path, nargs="?", help="agent folder (or --stage)")
    lv.add_argument("--corpus", type=Path, help="target corpus to play from")
    lv.add_argument("--stage", type=Path, help="several agents from a TOML stage file")
    lv.add_argument("--record", nargs="?", type=int, const=-1, default=None, metavar="CHANNEL",
                    help="record the input (or input CHANNEL) into the first agent's target "
                    "corpus from the start")
    add_target_args(lv)
    add_server_args(lv)
    add_param_args(lv)
    lv.set_defaults(func=cmd_live)

    sv = sub.add_parser("serve", help="start idle and wait for OSC (load, set, start, stop)")
    sv.add_argument("--agent", type=Path, help="agent to load at once (optional)")
    sv.add_argument("--corpus", type=Path, help="target corpus to load at once (optional)")
    sv.add_argument("--stage", type=Path, help="several agents from a TOML stage file")
    add_target_args(sv)
    add_server_args(sv)
    add_param_args(sv)
    sv.set_defaults(func=cmd_serve)

    ins = sub.add_parser("install", help="installation mode: play unattended, no live input")
    ins.add_argument("agent", type=Path)
    ins.add_argument("--corpus", type=Path, required=True)
    add_target_args(ins)
    ins.add_argument("--guide", choices=["self", "playlist", "alternate"], default="self",
                     help="what the agent listens to: its own output, a playlist, or both in turn")
    ins.add_argument("--playlist", type=Path, nargs="*", default=[], help="guide audio files")
    ins.add_argument("--hours", help="daily playing hours, e.g. 10:00-18:00 (default: always)")
    ins.add_argument("--log-dir", type=Path, default=Path("obbligato-logs"),
                     help="rotating play log and error log (default ./obbligato-logs)")
    add_server_args(ins)
    add_param_args(ins)
    ins.set_defaults(func=cmd_install)

    dv = sub.add_parser("devices", help="list audio and MIDI devices")
    dv.set_defaults(func=cmd_devices)

    rc = sub.add_parser("record", help="start or stop recording in a running `obbligato "
                        "live`/`serve` (over OSC)")
    rc.add_argument("action", choices=["start", "stop"])
    rc.add_argument("--agent", help="which agent's corpus (default: the first agent)")
    rc.add_argument("--channel", type=int, help="input channel to record (default: the one the "
                    "agent hears)")
    rc.add_argument("--osc-host", default="127.0.0.1")
    rc.add_argument("--osc-port", type=int, default=9000)
    rc.set_defaults(func=cmd_record)


def add_server_args(p: argparse.ArgumentParser) -> None:
    from agent.engine.host import AudioConfig

    a = AudioConfig()
    p.add_argument("--device", help="audio device name or index (see `obbligato devices`)")
    p.add_argument("--samplerate", type=int, help="device rate (default: the corpus's, if the "
                   "device accepts it, else the device's own)")
    p.add_argument("--blocksize", type=int, default=a.blocksize, help=f"frames per callback "
                   f"(default {a.blocksize})")
    p.add_argument("--in-channel", type=int, default=a.in_channel, help="input channel (0-based)")
    p.add_argument("--in-channels", type=int, help="device inputs to open (default: the highest "
                   "channel used + 1; more lets you record another input later)")
    p.add_argument("--out-channels", type=int, help="device outputs to open (default: "
                   "first_channel + channels)")
    p.add_argument("--compensation-ms", type=float, default=a.compensation_ms,
                   help="time the worker has per tick before its output is due (default: "
                        "measured at start: one block plus whole blocks covering twice the "
                        "slowest warm-up tick + 5 ms)")
    p.add_argument("--report", type=Path, help="at stop, write the output-quality report of "
                   "the agents' output (clicks, level jumps, gaps, dropouts) to this JSON file, "
                   "and the output itself beside it as WAV")
    p.add_argument("--report-seconds", type=float, default=60.0,
                   help="how much output --report keeps from the start (default 60)")
    p.add_argument("--osc-host", default="127.0.0.1", help="OSC listen address (default "
                   "127.0.0.1: this machine only)")
    p.add_argument("--osc-port", type=int, default=9000, help="OSC listen port (default 9000)")
    p.add_argument("--on-audio-loss", choices=["exit", "restart"], default="exit",
                   help="when the audio server goes away: exit with status 3 (a supervisor "
                   "restarts the agent), or restart this same command in place and wait for the "
                   "server to come back (default exit)")
    p.add_argument("--osc-allow", nargs="+", default=[], metavar="HOST",
                   help="hosts (IP addresses) that may send OSC besides this machine; required "
                   "with a non-loopback --osc-host")
    p.add_argument("--reply-port", type=int, help="send replies and state to this port "
                   "(default: back to each sender)")
    p.add_argument("--reply-host", help="host for --reply-port (default: the listen address)")
    p.add_argument("--midi", nargs="?", const="", default=None,
                   help="enable MIDI input (optionally a port name; default: a virtual port)")
    p.add_argument("--midi-map", type=Path, help="TOML file mapping CC numbers to parameters")
    p.add_argument("--seconds", type=float, help="stop after this many seconds (default: until "
                   "Ctrl-C or /obbligato/quit)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--state-dir", type=Path, default=Path("obbligato-state"),
                   help="where OSC preset_save / snapshot_save write (default ./obbligato-state)")


def _session(args: argparse.Namespace):
    from agent.control.stage import AgentControl
    from agent.engine.host import AudioConfig

    device = int(args.device) if args.device and args.device.isdigit() else args.device
    audio = AudioConfig(device=device, samplerate=args.samplerate, blocksize=args.blocksize,
                        in_channel=args.in_channel, in_channels=args.in_channels,
                        out_channels=args.out_channels,
                        compensation_ms=args.compensation_ms,
                        capture_seconds=args.report_seconds if args.report else 0.0)
    return AgentControl(audio=audio, params=params_from_args(args), seed=args.seed,
                        state_dir=args.state_dir, region=region_from(args))


def serve_loop(session, args: argparse.Namespace, start: bool) -> int:
    import signal
    import time

    from agent.control.osc import OscControl
    from agent.engine.host import preload

    preload()
    midi = None
    if args.midi is not None:
        from agent.control.midi import MidiControl

        midi = MidiControl(session, args.midi or None, args.midi_map)
    osc = OscControl(session, args.osc_host, args.osc_port, args.reply_port, args.reply_host, midi,
                     tuple(args.osc_allow))
    osc.start()
    print(f"obbligato: OSC on {args.osc_host}:{osc.port}" +
          (f", MIDI in {midi.port_name}" if midi else "") + " (Ctrl-C stops)", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: osc.quit.set())
    t_end = time.monotonic() + args.seconds if args.seconds else None
    try:
        if start:
            start_when_audio_is_there(session, args, osc.quit)
            for s in session.stage.sessions.values():
                print(f"playing: {s.name}: {s.agent.path} from {s.corpus_path}", flush=True)
            if getattr(args, "record", None) is not None:
                song = session.record_start(None if args.record < 0 else args.record)
                print(f"recording into {session.corpus_path} as {song}", flush=True)
        while not osc.quit.is_set() and (t_end is None or time.monotonic() < t_end):
            osc.quit.wait(0.2)
            if audio_lost(session):
                break
    except KeyboardInterrupt:
        pass
    finally:
        st = session.status()
        for s in session.stage.sessions.values():
            if s.running and s.live.voice(s.name).recorder is not None:
                r = s.record_stop()
                print(f"recorded {r['segments']} segments ({r['seconds']:.1f} s) into "
                      f"{s.corpus_path} as {r['song']}", flush=True)
        session.stop()
        osc.close()
        if midi:
            midi.close()
    if args.report and session.live is not None:
        write_live_report(session.live, args.report)
    keys: tuple[str, ...] = (
        "ticks", "xruns", "xrun_flags", "last_xrun_callback", "dropouts", "errors",
        "callback_p99_ms", "worker_p99_ms", "worker_max_ms", "lead_ms", "period_ms",
        "engine_latency_ms", "device_latency_ms",
        "reaction_latency_ms")
    st = {**st, **osc.counters()}
    keys += tuple(osc.counters())
    print("stopped: " + ", ".join(f"{k} {st[k]:.2f}" if isinstance(st[k], float) else
                                  f"{k} {st[k]}" for k in keys if k in st), flush=True)
    exit_if_lost(session, args.on_audio_loss == "restart")
    return 0


def start_when_audio_is_there(session, args: argparse.Namespace, quit_) -> None:
    """Start playing; with --on-audio-loss restart, wait for an audio server that is not there
    yet (JACK restarting after a loss) instead of giving up."""
    said = False
    while True:
        try:
            session.start()
            return
        except RuntimeError as e:
            if args.on_audio_loss != "restart" or "cannot open audio device" not in str(e):
                raise
            if not said:
                print(f"waiting for the audio server ({str(e).splitlines()[0]}); retrying every "
                      "2 s", file=sys.stderr, flush=True)
                said = True
            if quit_.wait(2.0):
                raise KeyboardInterrupt from None


def audio_lost(session) -> bool:
    """True, after saying so once (a line, and a warning the patch shows), when the audio
    server went away under the running agent."""
    if session.live is None or not session.live.audio_lost():
        return False
    log.warning("the audio server stopped (JACK killed or the device unplugged): stopping")
    print("error: the audio server stopped (JACK killed or the device unplugged); stopping",
          file=sys.stderr, flush=True)
    return True


def exit_if_lost(session, restart: bool = False) -> None:
    """PortAudio's terminate at interpreter exit never returns on a dead server (and its threads
    are stuck in it): leave now, or with `restart` replace this process by a fresh run of the
    same command (same PID, nothing of the dead stream kept), which waits for the server."""
    if session.live is not None and session.live.lost:
        sys.stdout.flush()
        sys.stderr.flush()
        if restart:
            print("restarting: the same command, waiting for the audio server", file=sys.stderr,
                  flush=True)
            os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
        print(f"exit status {AUDIO_LOST_EXIT}: a supervisor may restart the agent (or use "
              "--on-audio-loss restart)", file=sys.stderr, flush=True)
        os._exit(AUDIO_LOST_EXIT)


def write_live_report(live, path: Path) -> None:
    import json

    import soundfile as sf

    from agent.synthesis import quality
    from corpus.atomic import atomic_path, write_text

    r = live.output_report()
    if r is None:
        print(f"report: nothing was played, so {path} is not written", file=sys.stderr)
        return
    with atomic_path(path.with_suffix(".wav")) as tmp:
        sf.write(str(tmp), live.capture[: live.captured], live.sr, subtype="FLOAT", format="WAV")
    write_text(path, json.dumps(r, indent=1))
    print(quality.summary(r), flush=True)
    print(f"wrote {path} and {path.with_suffix('.wav')}", flush=True)


def _loaded(args: argparse.Namespace):
    """The session of the first agent: from --stage (every agent of the file on one stage), or
    from --agent/--corpus."""
    session = _session(args)
    if args.stage:
        from agent.control.stage import Stage
        from agent.control.stagefile import load_stage

        stage = Stage(session.audio)
        load_stage(args.stage, stage, session)
        return stage.default
    if args.agent:
        session.load_agent(args.agent)
    if args.corpus:
        session.load_corpus(args.corpus, args.role)
    return session


def cmd_live(args: argparse.Namespace) -> int:
    if not args.stage and not (args.agent and args.corpus):
        raise ValueError("live: give an agent folder and --corpus, or --stage FILE")
    session = _loaded(args)
    return serve_loop(session, args, start=True)


def cmd_serve(args: argparse.Namespace) -> int:
    return serve_loop(_loaded(args), args, start=False)


def cmd_record(args: argparse.Namespace) -> int:
    """Send record_start/record_stop to a running agent and print its answer."""
    import socket

    from pythonosc.osc_message import OscMessage
    from pythonosc.osc_message_builder import build_msg

    prefix = "/obbligato" + (f"/{args.agent}" if args.agent else "")
    extra = [args.channel] if args.action == "start" and args.channel is not None else []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(15)
        sock.sendto(build_msg(f"{prefix}/record_{args.action}", extra).dgram,
                    (args.osc_host, args.osc_port))
        while True:
            try:
                m = OscMessage(sock.recvfrom(65536)[0])
            except socket.timeout:
                raise ValueError(f"record: no answer from {args.osc_host}:{args.osc_port} (is "
                                 "`obbligato live` or `serve` running there?)") from None
            if m.address.endswith("/error"):
                raise ValueError(str(m.params[0]))
            if m.address.endswith("/ok") and m.params and m.params[0] == f"record_{args.action}":
                print(" ".join(str(x) for x in m.params))
                return 0


def cmd_install(args: argparse.Namespace) -> int:
    import signal
    import time

    from agent.control.osc import OscControl
    from agent.engine.installation import GuideSource, parse_hours, run_installation

    session = _session(args)
    session.load_agent(args.agent)
    session.load_corpus(args.corpus, args.role)
    guide = GuideSource(args.guide, list(args.playlist))
    osc = OscControl(session, args.osc_host, args.osc_port, args.reply_port, args.reply_host,
                     allow=tuple(args.osc_allow))
    osc.start()
    stop = osc.quit
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"obbligato installation: guide {args.guide}, hours {args.hours or 'always'}, logs in "
          f"{args.log_dir}, OSC on {args.osc_host}:{osc.port} (Ctrl-C stops)", flush=True)
    until = time.monotonic() + args.seconds if args.seconds else None
    try:
        st = run_installation(session, guide, parse_hours(args.hours), args.log_dir, stop, until,
                              lambda: audio_lost(session),
                              lambda: start_when_audio_is_there(session, args, stop))
    except KeyboardInterrupt:
        st = session.status()
        session.stop()
    finally:
        osc.close()
    print("stopped: " + ", ".join(f"{k} {st[k]}" for k in ("ticks", "xruns", "dropouts",
                                                           "errors", "restarts") if k in st),
          flush=True)
    exit_if_lost(session, args.on_audio_loss == "restart")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    try:
        import sounddevice as sd

        devices = sd.query_devices()
        print("audio devices:" if len(devices) else "audio devices: none (is a JACK server or "
              "sound card running?)")
        for i, d in enumerate(devices):
            print(f"  [{i}] {d['name']}: {d['max_input_channels']} in, "
                  f"{d['max_output_channels']} out, {d['default_samplerate']:.0f} Hz")
    except OSError as e:
        print(f"audio devices: unavailable ({e}); install PortAudio (Debian: libportaudio2)")
    from agent.control.midi import list_inputs

    ins = list_inputs()
    print("MIDI inputs:" if ins else "MIDI inputs: none")
    for name in ins:
        print(f"  {name}")
    return 0
