"""Plain Rasa against the full product, in one run (benchmark, not a test; issue 2 "Benchmarks", issue 3 speed).

    RASA_TELEMETRY_ENABLED=false .venv/bin/python bench/bench_turns.py --out docs/bench_results.json

Measures, in this order, against a baseline built and run in the same session:
1. training time, no cache (fresh --out and a fresh RASA_CACHE_DIRECTORY each):
   - plain Rasa: config.yml's NLU pipeline (same random_seed), the same nlu_data/nlu.yml, a minimal domain
     (the same intents, one response `utter_ok`, one rule per intent -> utter_ok), RulePolicy only, no actions;
   - the product: config.yml, domain.yml, nlu_data/ (what bot/model_cache.ensure_model trains);
2. per-turn latency p50/p95, sequentially and with concurrent conversations, and throughput:
   - plain Rasa served alone (`rasa run`, REST webhook, no action server, default in-memory tracker store);
   - the full product over the public service (bot.runner.Stack with the product model just trained, or
     --product-model): /widget/conversations then /widget/messages, the whole French intake (11 turns:
     bonjour, role button, a wish, a situation, /affirmer, "34 ans", "53000", a phone number, /affirmer,
     /affirmer, /nier), then a new conversation. The same 11 texts go to plain Rasa. To show where the added
     time goes, the same sequential turns are then sent straight to the product's Rasa (its REST webhook,
     bypassing the public service); p50 per step of the intake is kept too;
3. resident memory (VmRSS of /proc/<pid>/status, with every child process) of each process: after warm-up,
   and the peak sampled every 0.2 s during the load;
4. triage: bench/bench_triage.py's figures, and danger_check + triage_conversation on a growing 12-turn
   conversation (what one turn adds: the gateway's fast check and the Rasa policy's full triage).

Targets are reported, never asserted. Everything runs on 127.0.0.1 on free ports, with temporary folders
(never data/); every process started here is stopped at the end, also on error.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

os.environ["RASA_TELEMETRY_ENABLED"] = "false"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
import yaml  # noqa: E402

PY = sys.executable
TARGETS = {"added_p95_ms": 30.0, "training_s": 120.0, "memory_total_mb": 2500.0, "triage_msg_per_s": 200.0,
           "triage_turn_p95_ms": 10.0}

WISHES = [
    "Je voudrais vivre dans mon propre appartement, avec un peu d'aide pour les courses.",
    "J'aimerais vivre dans un logement à moi, près du centre-ville, avec quelqu'un qui passe m'aider.",
]
SITUATIONS = [
    "J'habite chez mes parents. J'attends une place en foyer depuis 2 ans.",
    "Je vis chez ma mère. Je suis sur liste d'attente pour un foyer depuis un an.",
]
PHONES = ["06 12 34 56 78", "07 98 76 54 32", "06 11 22 33 44"]


def script(index: int) -> list[str]:
    """The 11 user turns of one whole intake (slightly varied from one conversation to the next)."""
    return ["bonjour", "/role_personne", WISHES[index % len(WISHES)], SITUATIONS[index % len(SITUATIONS)],
            "/affirmer", "34 ans", "53000", PHONES[index % len(PHONES)], "/affirmer", "/affirmer", "/nier"]


# --------------------------------------------------------------------------------------------- utilities

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def pct(values: list[float], q: float) -> Optional[float]:
    """Nearest-rank percentile (q in 0..100) of values in seconds, returned in milliseconds."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(round(q / 100 * len(ordered) + 0.4999)))  # ceil
    return round(ordered[min(rank, len(ordered)) - 1] * 1000, 2)


def summary(latencies: list[float], wall: float, errors: int, **extra) -> dict:
    return {"turns": len(latencies), "errors": errors, "wall_s": round(wall, 2),
            "p50_ms": pct(latencies, 50), "p95_ms": pct(latencies, 95), "p99_ms": pct(latencies, 99),
            "mean_ms": round(statistics.mean(latencies) * 1000, 2) if latencies else None,
            "max_ms": round(max(latencies) * 1000, 2) if latencies else None,
            "throughput_turns_per_s": round(len(latencies) / wall, 2) if wall > 0 else None, **extra}


def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "cpu_model": cpu, "memory_gb": round(mem_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "kernel": platform.release()}


def loadavg() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


def other_busy_processes(ours: set[int]) -> list[str]:
    """Processes not started by this run that use CPU or much memory (to note other jobs on the machine)."""
    try:
        out = subprocess.run(["ps", "-eo", "pid,ppid,pcpu,rss,args", "--sort=-pcpu"], capture_output=True,
                             text=True, timeout=10).stdout.splitlines()[1:]
    except (OSError, subprocess.SubprocessError):
        return []
    busy = []
    for line in out:
        parts = line.split(None, 4)
        if len(parts) < 5 or int(parts[0]) in ours or int(parts[0]) == os.getpid():
            continue
        if float(parts[2]) >= 5 or int(parts[3]) >= 200_000:
            busy.append(f"pid {parts[0]} cpu {parts[2]} % rss {int(parts[3]) // 1024} MiB: {parts[4][:110]}")
    return busy[:10]


def git_state() -> dict:
    def run(*args):
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    return {"commit": run("rev-parse", "HEAD"), "dirty_files": len(run("status", "--porcelain").splitlines())}


# ------------------------------------------------------------------------------------------------ memory

def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _vmrss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_tree_mb(pid: int) -> float:
    """VmRSS of pid and all its descendants, in MiB."""
    children = _children_map()
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _vmrss_kb(current)
        todo.extend(children.get(current, []))
    return round(total / 1024, 1)


class PeakSampler:
    """Samples rss_tree_mb of named pids every `period` seconds; keeps the maximum of each."""

    def __init__(self, pids: dict[str, int], period: float = 0.2):
        self.pids, self.period = pids, period
        self.peak = {name: 0.0 for name in pids}
        self.peak_total = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            values = {name: rss_tree_mb(pid) for name, pid in self.pids.items()}
            for name, value in values.items():
                self.peak[name] = max(self.peak[name], value)
            self.peak_total = max(self.peak_total, sum(values.values()))
            self._stop.wait(self.period)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)


# ---------------------------------------------------------------------------------------------- training

def plain_project(root: Path) -> Path:
    """Plain Rasa: config.yml's NLU pipeline, the same nlu.yml, intents -> utter_ok by rules, RulePolicy only."""
    root.mkdir(parents=True)
    (root / "data").mkdir()
    config = yaml.safe_load((REPO / "config.yml").read_text(encoding="utf-8"))
    plain_config = {key: config[key] for key in ("recipe", "language", "assistant_id") if key in config}
    plain_config["assistant_id"] = "c360-bench-plain"
    plain_config["pipeline"] = config["pipeline"]
    plain_config["policies"] = [{"name": "RulePolicy"}]
    (root / "config.yml").write_text(yaml.safe_dump(plain_config, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    intents = [i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]]
    plain_domain = {
        "version": "3.1",
        "intents": intents,
        "entities": domain.get("entities", []),
        "responses": {"utter_ok": [{"text": "D'accord."}]},
        "session_config": domain.get("session_config", {}),
    }
    (root / "domain.yml").write_text(yaml.safe_dump(plain_domain, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    shutil.copyfile(REPO / "nlu_data" / "nlu.yml", root / "data" / "nlu.yml")
    rules = {"version": "3.1", "rules": [
        {"rule": f"{intent} -> utter_ok", "steps": [{"intent": intent}, {"action": "utter_ok"}]}
        for intent in intents + ["nlu_fallback"]]}
    (root / "data" / "rules.yml").write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
    (root / "credentials.yml").write_text("rest:\n", encoding="utf-8")
    return root


def rasa_env(extra: Optional[dict] = None) -> dict:
    from bot.model_cache import rasa_env as product_rasa_env
    env = product_rasa_env()
    env.update(extra or {})
    return env


def train(name: str, cwd: Path, data: Path, domain: Path, config: Path, work: Path, timeout: float) -> tuple[Path, float]:
    """`rasa train` with a fresh --out and a fresh Rasa cache; returns (model, wall seconds)."""
    out = work / f"models-{name}"
    cache = work / f"rasa-cache-{name}"
    out.mkdir()
    cache.mkdir()
    env = rasa_env({"RASA_CACHE_DIRECTORY": str(cache), "C360_TRACKER_URL": f"sqlite:///{work / 'unused.db'}"})
    command = [PY, "-m", "rasa", "train", "--data", str(data), "--domain", str(domain), "--config", str(config),
               "--out", str(out), "--fixed-model-name", name]
    log(f"training {name}…")
    with open(work / f"train-{name}.log", "wb") as handle:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            rc = process.wait(timeout=timeout)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, 9)
                process.wait(10)
        elapsed = time.monotonic() - started
    model = out / f"{name}.tar.gz"
    if rc != 0 or not model.exists():
        raise RuntimeError(f"rasa train {name} failed (rc {rc}); see {work / f'train-{name}.log'}")
    log(f"trained {name} in {elapsed:.1f} s")
    return model, elapsed


# ------------------------------------------------------------------------------------------------ clients

class PlainClient:
    """A conversation with plain Rasa over its REST webhook."""
    counter = 0
    lock = threading.Lock()

    def __init__(self, base_url: str):
        self.http = httpx.Client(base_url=base_url, timeout=60)
        self.sender = ""
        self.new()

    def new(self) -> float:
        with PlainClient.lock:
            PlainClient.counter += 1
            self.sender = f"bench-{os.getpid()}-{PlainClient.counter}"
        return 0.0

    def say(self, text: str) -> bool:
        response = self.http.post("/webhooks/rest/webhook", json={"sender": self.sender, "message": text})
        return response.status_code == 200 and bool(response.json())

    def close(self):
        self.http.close()


class WidgetClient:
    """A conversation through the public service, like the browser widget (tests/e2e/conftest.py WebPerson)."""

    def __init__(self, base_url: str):
        self.http = httpx.Client(base_url=base_url, timeout=60)
        self.conversation: dict = {}
        self.completed = 0
        self.new()

    def new(self) -> float:
        started = time.perf_counter()
        response = self.http.post("/widget/conversations")
        response.raise_for_status()
        self.conversation = response.json()
        return time.perf_counter() - started

    def say(self, text: str) -> bool:
        body = {"conversation_id": self.conversation["conversation_id"], "token": self.conversation["token"],
                "text": text}
        if text.startswith("/"):
            body["button_title"] = text.strip("/").split("{")[0].replace("_", " ")  # as if a button was tapped
        response = self.http.post("/widget/messages", json=body)
        if response.status_code != 200:
            return False
        reply = response.json()
        shown = "\n".join(m.get("text") or "" for m in reply.get("messages", []))
        if text == "/nier" and "envoyée" in shown:
            self.completed += 1
        return not reply.get("error") and bool(shown.strip())

    def close(self):
        self.http.close()


def converse(make: Callable[[], object], turns: int, offset: int, deadline: float) -> dict:
    """One client: `turns` turns through successive whole intakes (a new conversation after each)."""
    client = make()
    latencies, steps, new_times, errors, done = [], [], [], 0, 0
    conversation = offset
    try:
        while done < turns and time.monotonic() < deadline:
            for step, text in enumerate(script(conversation)):
                if done >= turns or time.monotonic() >= deadline:
                    break
                started = time.perf_counter()
                try:
                    ok = client.say(text)
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - started)
                steps.append(step)
                errors += 0 if ok else 1
                done += 1
            conversation += 1
            if done < turns:
                new_times.append(client.new())
        return {"latencies": latencies, "steps": steps, "errors": errors, "new_conversation": new_times,
                "completed": getattr(client, "completed", None)}
    finally:
        client.close()


def load_phase(make: Callable[[], object], workers: int, turns_each: int, time_limit: float) -> dict:
    deadline = time.monotonic() + time_limit
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda i: converse(make, turns_each, i * 7, deadline), range(workers)))
    wall = time.perf_counter() - started
    latencies = [x for r in results for x in r["latencies"]]
    new_times = [x for r in results for x in r["new_conversation"]]
    completed = [r["completed"] for r in results if r["completed"] is not None]
    by_step: dict[int, list[float]] = {}
    for r in results:
        for step, latency in zip(r["steps"], r["latencies"]):
            by_step.setdefault(step, []).append(latency)
    extra = {"workers": workers, "turns_each": turns_each, "time_limited": time.monotonic() >= deadline,
             "per_step_p50_ms": [pct(by_step.get(i, []), 50) for i in range(len(script(0)))]}
    if new_times and any(new_times):
        extra["new_conversation_p50_ms"] = pct(new_times, 50)
    if completed:
        extra["intakes_completed"] = sum(completed)
    return summary(latencies, wall, sum(r["errors"] for r in results), **extra)


def measure_service(label: str, make: Callable[[], object], pids: dict[str, int], args,
                    direct: Optional[Callable[[], object]] = None) -> dict:
    """Warm-up, idle memory, sequential then concurrent load with the peak memory sampled; then, with
    `direct`, the same sequential turns straight to the product's Rasa (where the added time is spent)."""
    log(f"{label}: warm-up ({args.warmup} turns)")
    load_phase(make, 1, args.warmup, args.phase_time_limit)
    time.sleep(1)
    idle = {name: rss_tree_mb(pid) for name, pid in pids.items()}
    with PeakSampler(pids) as sampler:
        log(f"{label}: {args.seq_turns} sequential turns")
        sequential = load_phase(make, 1, args.seq_turns, args.phase_time_limit)
        log(f"{label}: {args.conc_workers} concurrent conversations × {args.conc_turns} turns")
        concurrent = load_phase(make, args.conc_workers, args.conc_turns, args.phase_time_limit)
    after = {name: rss_tree_mb(pid) for name, pid in pids.items()}
    memory = {"idle_mb": idle, "after_load_mb": after, "peak_mb": sampler.peak,
              "idle_total_mb": round(sum(idle.values()), 1), "peak_total_mb": round(sampler.peak_total, 1)}
    result = {"sequential": sequential, "concurrent": concurrent, "memory": memory}
    if direct is not None:
        log(f"{label}: {args.seq_turns} sequential turns straight to its Rasa (REST webhook, no public service)")
        result["rasa_direct_sequential"] = load_phase(direct, 1, args.seq_turns, args.phase_time_limit)
    log(f"{label}: seq p50 {sequential['p50_ms']} p95 {sequential['p95_ms']} ms; conc p95 {concurrent['p95_ms']} ms,"
        f" {concurrent['throughput_turns_per_s']} turns/s; memory peak {memory['peak_total_mb']} MiB")
    return result


def wait_http(url: str, process: subprocess.Popen, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} stopped while starting (rc {process.returncode})")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s")


def stop_process(process: Optional[subprocess.Popen]) -> None:
    if not process or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, 2)
        process.wait(timeout=20)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        try:
            os.killpg(process.pid, 9)
        except ProcessLookupError:
            pass
        process.wait(timeout=5)


# ----------------------------------------------------------------------------------------------- phases

def bench_plain(model: Path, project: Path, work: Path, args, ours: set[int]) -> dict:
    port = free_port()
    command = [PY, "-m", "rasa", "run", "--model", str(model), "--credentials", str(project / "credentials.yml"),
               "-i", "127.0.0.1", "-p", str(port), "--quiet"]
    process = None
    handle = open(work / "plain-rasa.log", "wb")
    try:
        process = subprocess.Popen(command, cwd=project, env=rasa_env(), stdout=handle, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        ours.add(process.pid)
        started = time.monotonic()
        wait_http(f"http://127.0.0.1:{port}/", process, args.start_timeout, "plain Rasa")
        startup = round(time.monotonic() - started, 1)
        log(f"plain Rasa ready on 127.0.0.1:{port} in {startup:.0f} s")
        result = measure_service("plain Rasa", lambda: PlainClient(f"http://127.0.0.1:{port}"),
                                 {"rasa": process.pid}, args)
        result["startup_s"] = startup
        return result
    finally:
        stop_process(process)
        handle.close()


def bench_product(model: Path, work: Path, args, ours: set[int]) -> dict:
    from bot.runner import Stack, base_env, isolated_env

    data = work / "product-data"
    data.mkdir()
    saved = dict(os.environ)
    os.environ.update(isolated_env(data))  # free ports, own data folder and SQLite files, fresh secrets
    ports = {key: os.environ[key] for key in ("C360_PUBLIC_PORT", "C360_RASA_PORT", "C360_ACTION_PORT")}
    stack = None
    try:
        stack = Stack.create(base_env(), model=model)
        started = time.monotonic()
        for name in ("actions", "rasa", "public"):
            stack.start(name, data / "logs")
            ours.add(stack.services[name].process.pid)
        for name in ("actions", "public", "rasa"):
            stack.wait_ready(name, timeout=args.start_timeout)
        startup = round(time.monotonic() - started, 1)
        log(f"product stack ready in {startup:.0f} s (public 127.0.0.1:{ports['C360_PUBLIC_PORT']})")
        pids = {name: stack.services[name].process.pid for name in ("rasa", "actions", "public")}
        public_url = f"http://127.0.0.1:{ports['C360_PUBLIC_PORT']}"
        rasa_url = f"http://127.0.0.1:{ports['C360_RASA_PORT']}"
        result = measure_service("product", lambda: WidgetClient(public_url), pids, args,
                                 direct=lambda: PlainClient(rasa_url))
        result["startup_s"] = startup
        return result
    finally:
        if stack is not None:
            stack.stop_all()
        os.environ.clear()
        os.environ.update(saved)


def bench_triage(args) -> dict:
    log("triage: bench/bench_triage.py")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result: dict = {}
    try:
        out = subprocess.run([PY, str(REPO / "bench" / "bench_triage.py"), "--repeat", str(args.triage_repeat)],
                             cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        text = out.stdout
        result["bench_triage_output"] = text.strip().splitlines()
        if m := re.search(r"texts: (\d+) × (\d+)", text):
            result["texts"], result["repeat"] = int(m[1]), int(m[2])
        if m := re.search(r"triage_message: (\d+) messages/s \(mean ([\d.]+) ms, p95 ([\d.]+) ms\)", text):
            result["triage_message_per_s"] = int(m[1])
            result["triage_message_mean_ms"], result["triage_message_p95_ms"] = float(m[2]), float(m[3])
        if m := re.search(r"c360 triage \(in-process CLI\): (\d+) messages/s", text):
            result["cli_messages_per_s"] = int(m[1])
        if m := re.search(r"danger_check: mean ([\d.]+) ms, median ([\d.]+) ms, p95 ([\d.]+) ms", text):
            result["danger_check_mean_ms"], result["danger_check_p95_ms"] = float(m[1]), float(m[3])
        if out.returncode != 0:
            result["error"] = out.stderr.strip()[-500:]
    except subprocess.TimeoutExpired:
        result["error"] = "bench_triage.py timed out (600 s)"

    # What one turn adds: the gateway's danger_check on the conversation so far, and the Rasa policy's full
    # triage_conversation, on a growing 12-turn conversation. Unique texts defeat any cache.
    from bot.triage import danger_check, is_new_danger, triage_conversation
    turns = ["Bonjour", "Je suis la maman de Léo, il a 15 ans et il est autiste.",
             "Il n'a plus d'AESH depuis la rentrée et le collège ne veut plus le garder l'après-midi.",
             "Je travaille à temps plein, je ne peux pas rester à la maison.",
             "On habite à Laval, 53000.", "Il voudrait faire du foot avec d'autres jeunes le samedi.",
             "Le dossier MDPH est en cours depuis six mois.", "oui", "Je suis épuisée, ce dossier me tue.",
             "Mon numéro est le 06 12 34 56 78.", "Le matin plutôt, avant 10 h.", "merci beaucoup"]
    triage_conversation(turns)  # load geo tables and langdetect before timing
    per_turn, dc, full, new = [], [], [], []
    started = time.monotonic()
    for r in range(args.triage_conversations):
        if time.monotonic() - started > 300:
            break
        texts = [f"{t} ({r})" if i % 2 == 0 else t for i, t in enumerate(turns)]
        for k in range(1, len(texts) + 1):
            so_far = texts[:k]
            a = time.perf_counter()
            danger_check(so_far)
            b = time.perf_counter()
            triage_conversation(so_far)
            c = time.perf_counter()
            is_new_danger(so_far[:-1], so_far[-1])
            d = time.perf_counter()
            dc.append(b - a)
            full.append(c - b)
            new.append(d - c)
            per_turn.append(c - a)
    result["growing_conversation"] = {
        "conversations": len(per_turn) // len(turns), "turns_each": len(turns), "samples": len(per_turn),
        "danger_check_p95_ms": pct(dc, 95), "triage_conversation_p95_ms": pct(full, 95),
        "is_new_danger_p95_ms": pct(new, 95),
        "per_turn_p50_ms": pct(per_turn, 50), "per_turn_p95_ms": pct(per_turn, 95),
        "per_turn_at_turn_12_p95_ms": pct(per_turn[len(turns) - 1::len(turns)], 95),
    }
    log(f"triage: {result.get('cli_messages_per_s')} msg/s (CLI); per turn p95 "
        f"{result['growing_conversation']['per_turn_p95_ms']} ms")
    return result


def ratio(product: Optional[float], plain: Optional[float]) -> Optional[float]:
    return round(product / plain, 2) if product is not None and plain else None


def compare(results: dict) -> dict:
    plain, product = results.get("plain", {}), results.get("product", {})
    training = results.get("training", {})
    out: dict = {}
    if training.get("plain_s") and training.get("product_s"):
        out["training_ratio"] = ratio(training["product_s"], training["plain_s"])
        out["training_product_within_target"] = training["product_s"] <= TARGETS["training_s"]
    for mode in ("sequential", "concurrent"):
        if mode in plain and mode in product:
            a, b = plain[mode], product[mode]
            out[mode] = {
                "p50_ratio": ratio(b["p50_ms"], a["p50_ms"]), "p95_ratio": ratio(b["p95_ms"], a["p95_ms"]),
                "throughput_ratio": ratio(b["throughput_turns_per_s"], a["throughput_turns_per_s"]),
                "added_p50_ms": round(b["p50_ms"] - a["p50_ms"], 2),
                "added_p95_ms": round(b["p95_ms"] - a["p95_ms"], 2),
            }
            out[mode]["added_p95_within_target"] = out[mode]["added_p95_ms"] <= TARGETS["added_p95_ms"]
    if "rasa_direct_sequential" in product and "sequential" in plain:
        a, b, c = plain["sequential"], product["rasa_direct_sequential"], product["sequential"]
        out["sequential_split"] = {  # where the added time goes: the product's Rasa + actions, the public service
            "rasa_and_actions_added_p50_ms": round(b["p50_ms"] - a["p50_ms"], 2),
            "rasa_and_actions_added_p95_ms": round(b["p95_ms"] - a["p95_ms"], 2),
            "public_service_added_p50_ms": round(c["p50_ms"] - b["p50_ms"], 2),
            "public_service_added_p95_ms": round(c["p95_ms"] - b["p95_ms"], 2),
        }
    if "memory" in plain and "memory" in product:
        out["memory_ratio_peak"] = ratio(product["memory"]["peak_total_mb"], plain["memory"]["peak_total_mb"])
        out["memory_product_peak_within_target"] = product["memory"]["peak_total_mb"] <= TARGETS["memory_total_mb"]
    triage = results.get("triage", {})
    if triage.get("cli_messages_per_s"):
        out["triage_cli_within_target"] = triage["cli_messages_per_s"] >= TARGETS["triage_msg_per_s"]
    if triage.get("growing_conversation", {}).get("per_turn_p95_ms") is not None:
        out["triage_turn_within_target"] = triage["growing_conversation"]["per_turn_p95_ms"] <= TARGETS["triage_turn_p95_ms"]
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--seq-turns", type=int, default=200)
    ap.add_argument("--conc-workers", type=int, default=10)
    ap.add_argument("--conc-turns", type=int, default=40, help="turns per concurrent conversation")
    ap.add_argument("--warmup", type=int, default=22)
    ap.add_argument("--phase-time-limit", type=float, default=600, help="seconds, per load phase")
    ap.add_argument("--start-timeout", type=float, default=300)
    ap.add_argument("--train-timeout", type=float, default=1800)
    ap.add_argument("--plain-model", type=Path, help="skip training plain Rasa and use this model")
    ap.add_argument("--product-model", type=Path, help="skip training the product and use this model")
    ap.add_argument("--triage-repeat", type=int, default=5)
    ap.add_argument("--triage-conversations", type=int, default=200)
    ap.add_argument("--only", choices=["training", "plain", "product", "triage"], action="append",
                    help="run only these parts (repeatable); default all")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, models)")
    args = ap.parse_args(argv)
    parts = set(args.only or ["training", "plain", "product", "triage"])

    work = Path(tempfile.mkdtemp(prefix="c360-bench-"))
    ours: set[int] = set()
    results: dict = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(), "git": git_state(), "load_average_start": loadavg(),
        "other_processes_start": other_busy_processes(ours), "targets": TARGETS,
        "settings": {"seq_turns": args.seq_turns, "conc_workers": args.conc_workers, "conc_turns": args.conc_turns,
                     "warmup": args.warmup, "script": script(0)},
    }
    log(f"work folder {work}; load average {results['load_average_start']}")
    failed = True
    try:
        project = plain_project(work / "plain")
        plain_model, product_model = args.plain_model, args.product_model
        training: dict = {}
        if "training" in parts or (not plain_model and "plain" in parts) or (not product_model and "product" in parts):
            if not plain_model:
                plain_model, training["plain_s"] = train("plain", project, project / "data", project / "domain.yml",
                                                         project / "config.yml", work, args.train_timeout)
            if not product_model:
                product_model, training["product_s"] = train("product", work, REPO / "nlu_data", REPO / "domain.yml",
                                                             REPO / "config.yml", work, args.train_timeout)
            training = {k: round(v, 1) for k, v in training.items()}
            training["load_average_after"] = loadavg()
            results["training"] = training
        if "plain" in parts:
            results["plain"] = bench_plain(plain_model, project, work, args, ours)
        if "product" in parts:
            results["product"] = bench_product(product_model, work, args, ours)
        if "triage" in parts:
            results["triage"] = bench_triage(args)
        failed = False
    finally:
        results["load_average_end"] = loadavg()
        results["other_processes_end"] = other_busy_processes(ours)
        results["comparison"] = compare(results)
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            log(f"results written to {args.out}")
        if args.keep or failed:
            log(f"kept {work} (logs, models)")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results["comparison"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
