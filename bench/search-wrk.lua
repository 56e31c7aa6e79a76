-- wrk script for bench/search-bench.sh: cycles through parents' queries (some with a topic) and prints percentiles.
local queries = {
  "hard lump boob hurts", "shirt soaked when baby cries", "mastitsi", "letdown slow", "sad before letdown",
  "how many wet nappies", "white spot nipple", "pump settings sore", "running mastitis", "pus lump",
  "antibiotics not working", "hand express", "clogged duct", "mastitis&topic=pumping", "breast",
  "fever red streaks", "galactocele", "flange size", "can I exercise with mastitis", "let-down&topic=leakage",
}
local prefix = os.getenv("SEARCH_PATH") or "/api/search?q="
local i = 0

local function encode(text)
  -- Keep "&topic=" as written; encode everything else.
  local q, rest = text:match("^(.-)(&.*)$")
  q = q or text
  return (q:gsub("[^%w%-]", function(c) return string.format("%%%02X", string.byte(c)) end)) .. (rest or "")
end

request = function()
  i = i % #queries + 1
  return wrk.format("GET", prefix .. encode(queries[i]))
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    "  %d requests in %.1f s (%.0f/s), %d errors or non-2xx; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
