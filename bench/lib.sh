# Shared by bench/run and bench/national (sourced; expects $repo). Small helpers, the province generator and the jar.
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }
since() { python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# A generated province (employees.csv, units.csv, …) in $4, made once per size and seed.
generate_province() { # $1 = employees, $2 = units, $3 = seed, $4 = folder
  if [[ ! -f "$4/employees.csv" ]]; then
    log "generating $1 employees in $2 units (seed $3)"
    (cd "$repo" && mvn ${MVN_FLAGS:-} -q test-compile exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=id.seimbang.tools.ProvinceGeneratorCommand \
        -Dexec.args="--employees $1 --units $2 --seed $3 --out $4")
  fi
}

# The packaged jar of a source tree; prints its path.
build_jar() { # $1 = source tree
  (cd "$1" && mvn ${MVN_FLAGS:-} -q -B -DskipTests package >&2)
  ls "$1"/target/seimbang-*.jar | grep -v original | head -1
}

# Peak resident memory of a service process in MB (VmHWM of the java process, or of its child when started via a shell).
peak_rss_of() { # $1 = pid
  awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$(pgrep -P "$1" java || echo "$1")/status" 2>/dev/null || echo "?"
}
