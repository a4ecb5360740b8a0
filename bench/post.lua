-- wrk script: POST a JSON body per request, cycling through the NIPs in $NIPS_FILE from a different start per
-- thread; BODY_TEMPLATE has one %s for the NIP. done() prints one RESULT line that bench/run reads.
local nips = {}
for line in io.lines(os.getenv("NIPS_FILE")) do
  nips[#nips + 1] = line
end
local template = os.getenv("BODY_TEMPLATE")
local key = os.getenv("API_KEY")
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
  table.insert(threads, thread)
end

local i = 0
function request()
  i = i + 1
  local nip = nips[((offset or 0) + i) % #nips + 1]
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-API-Key"] = key },
    string.format(template, nip))
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT rps=%.1f requests=%d p50=%.2f p90=%.2f p99=%.2f max=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), summary.requests,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
