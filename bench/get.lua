-- wrk script for GET endpoints: prints the same RESULT line as post.lua.
function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f requests=%d p50=%.2f p90=%.2f p99=%.2f max=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), summary.requests,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
