"""The orchestration of bench/national: instances, simultaneous plans, samples of heap and CPU, the table."""
import argparse, base64, json, os, re, signal, subprocess, sys, threading, time, urllib.error, urllib.request

AS_OF = "2026-11-26"
ADMIN = ("admin", "bench-admin-password-1")
PLANNER = ("bench.planner", "bench-planner-password")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def log(message):
    print(time.strftime("%H:%M:%S"), message, file=sys.stderr, flush=True)


def load():
    return open("/proc/loadavg").read().split()[0]


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(database, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-Atqc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


class Instance:
    def __init__(self, index, province, args):
        self.index, self.province = index, province
        self.name = f"p{index:02d}"
        self.schema = f"national_{self.name}_{os.getpid()}"
        self.database = args.postgres.rsplit("/", 1)[1]
        self.data = os.path.join(args.work, f"national-{self.name}")
        self.port = free_port()
        self.peak_heap_mb = 0.0
        subprocess.run(["rm", "-rf", self.data], check=True)
        os.makedirs(self.data)
        psql(self.database, f"CREATE SCHEMA {self.schema}")
        repo = args.repo
        self.process = subprocess.Popen(
            ["java", f"-Xmx{args.heap}", "-jar", args.jar, f"--server.port={self.port}",
             f"--seimbang.data-dir={self.data}", f"--seimbang.sample-data.path={province}",
             f"--seimbang.security.admin-password={ADMIN[1]}",
             f"--seimbang.policy.rules-dir={repo}/rules", f"--seimbang.policy.decision-tables-dir={repo}/decision-tables",
             f"--seimbang.policy.scenarios-dir={repo}/tests-data/scenarios",
             f"--spring.datasource.url={args.postgres}?currentSchema={self.schema}",
             "--spring.datasource.username=postgres", f"--spring.flyway.schemas={self.schema}",
             f"--spring.datasource.hikari.maximum-pool-size={args.pool}"],
            cwd=self.data, stdout=open(os.path.join(self.data, "service.log"), "w"), stderr=subprocess.STDOUT)
        self.started = time.time()
        self.ready_seconds = None

    def call(self, method, path, body=None, user=PLANNER, timeout=120):
        auth = "Basic " + base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"Authorization": auth, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.load(response)

    def ready(self):
        if self.process.poll() is not None:
            sys.exit(f"bench/national: instance {self.name} exited; see {self.data}/service.log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/actuator/health/readiness", timeout=5) as r:
                return r.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def cpu_seconds(self):
        fields = open(f"/proc/{self.process.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def peak_rss_mb(self):
        for line in open(f"/proc/{self.process.pid}/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
        return None

    def sample_heap(self):
        """Heap in use (survivors + eden + old, jstat -gc), the peak kept; one sample a second."""
        out = subprocess.run(["jstat", "-gc", str(self.process.pid)], capture_output=True, text=True).stdout.split("\n")
        if len(out) >= 2 and out[1].strip():
            row = dict(zip(out[0].split(), out[1].split()))
            used = sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024
            self.peak_heap_mb = max(self.peak_heap_mb, used)

    def database_mb(self):
        size = psql(self.database, "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                    f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{self.schema}' AND c.relkind IN ('r', 'm')")
        return int(size) / 1024 / 1024

    def terminate(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def stop(self):
        self.terminate()
        try:
            self.process.wait(120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def drop(self):
        psql(self.database, f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")


def plan_round(instances, label):
    """Starts every province's plan at once; returns wall seconds, CPU seconds of all instances, per-plan results."""
    before_load = load()
    cpu0 = sum(i.cpu_seconds() for i in instances)
    t0 = time.time()
    plans = {i.name: i.call("POST", "/api/v1/plans", {"scope": "PROVINCE", "asOf": AS_OF}) for i in instances}
    done = {}
    while len(done) < len(instances):
        time.sleep(0.5)
        for i in instances:
            if i.name in done:
                continue
            plan = i.call("GET", f"/api/v1/plans/{plans[i.name]['id']}")
            if plan["status"] not in ("QUEUED", "RUNNING"):
                if plan["status"] != "COMPLETED":
                    sys.exit(f"bench/national: plan of {i.name} ended {plan['status']}: {plan.get('error')}")
                done[i.name] = (time.time() - t0, plan["result"])
    wall = time.time() - t0
    cpu = sum(i.cpu_seconds() for i in instances) - cpu0
    return {"label": label, "load": before_load, "wall": wall, "cpu": cpu, "plans": done}


def main():
    parser = argparse.ArgumentParser()
    for option in ("--repo", "--work", "--jar", "--heap", "--postgres"):
        parser.add_argument(option, required=True)
    parser.add_argument("--pool", type=int, required=True)
    parser.add_argument("provinces", nargs="+")
    args = parser.parse_args()
    instances = []
    stop_sampling = threading.Event()
    limit = int(psql(args.postgres.rsplit("/", 1)[1], "SHOW max_connections"))
    if len(args.provinces) * (args.pool + 2) > limit:
        sys.exit(f"bench/national: {len(args.provinces)} instances × (pool {args.pool} + 2) connections exceed the "
                 f"server's max_connections ({limit}); lower --pool")
    try:
        start_load = load()
        t0 = time.time()
        log(f"starting {len(args.provinces)} instances (-Xmx{args.heap}), one schema each")
        for index, province in enumerate(args.provinces, 1):
            instances.append(Instance(index, province, args))

        def sampler():
            while not stop_sampling.wait(1.0):
                for i in instances:
                    i.sample_heap()
        threading.Thread(target=sampler, daemon=True).start()

        while any(i.ready_seconds is None for i in instances):
            for i in instances:
                if i.ready_seconds is None and i.ready():
                    i.ready_seconds = time.time() - i.started
                    log(f"{i.name} ready after {i.ready_seconds:.0f} s")
            if time.time() - t0 > 3600:
                sys.exit("bench/national: instances not ready after an hour")
            time.sleep(1)
        all_ready = time.time() - t0
        for i in instances:
            i.call("POST", "/api/v1/admin/users", {"username": PLANNER[0], "password": PLANNER[1], "roles": ["PLANNER"]},
                   user=ADMIN)
        rounds = []
        for label in ("cold", "warm"):
            log(f"{label} round: {len(instances)} province plans at once")
            rounds.append(plan_round(instances, label))
        stop_sampling.set()

        n = len(instances)
        employees = sum(1 for _ in open(os.path.join(args.provinces[0], "employees.csv"))) - 1
        print(f"\nSeimbang, national simulation: {n} provinces of {employees} employees, one instance each "
              f"(-Xmx{args.heap}, pool {args.pool}) on one PostgreSQL; {os.cpu_count()} cores")
        print(f"start-up: all {n} ready (sample loaded) after {all_ready:.0f} s from load {start_load}; "
              f"per instance {min(i.ready_seconds for i in instances):.0f}-{max(i.ready_seconds for i in instances):.0f} s")
        print(f"{'round':<8}{'load':>6}{'wall s':>9}{'plans/min':>11}{'CPU s/plan':>12}{'slowest plan s':>16}{'moves':>8}"
              f"{'optimal':>9}")
        for r in rounds:
            results = [p[1] for p in r["plans"].values()]
            print(f"{r['label']:<8}{r['load']:>6}{r['wall']:>9.1f}{n * 60 / r['wall']:>11.2f}{r['cpu'] / n:>12.1f}"
                  f"{max(p[0] for p in r['plans'].values()):>16.1f}{sum(len(x['moves']) for x in results):>8}"
                  f"{str(all(x['evidence']['provenOptimal'] for x in results)):>9}")
        rss = {i.name: i.peak_rss_mb() for i in instances}
        # Sizes once the instances have stopped: N instances' connection pools can use up the server's connections.
        for i in instances:
            i.terminate()
        for i in instances:
            i.stop()
        sizes = [i.database_mb() for i in instances]
        print(f"\n{'instance':<10}{'ready s':>9}{'peak heap MB':>14}{'peak RSS MB':>13}{'database MB':>13}")
        for i, size in zip(instances, sizes):
            print(f"{i.name:<10}{i.ready_seconds:>9.0f}{i.peak_heap_mb:>14.0f}{rss[i.name]:>13}{size:>13.1f}")
        print(f"\ndatabase: {sum(sizes):.1f} MB for {n} provinces ({sum(sizes) / n:.1f} MB per province, "
              f"{sum(sizes) / n / employees * 1024:.1f} KB per employee after two plans)")
    finally:
        stop_sampling.set()
        for i in instances:
            i.terminate()
        for i in instances:
            try:
                i.stop()
                i.drop()
            except Exception as e:  # keep stopping the others
                log(f"could not stop {i.name} or drop its schema: {e}")


if __name__ == "__main__":
    main()
