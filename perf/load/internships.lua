-- wrk script for the Internships load benchmark (see README.md beside it).
--
-- Environment:
--   SCENARIO  search (default) | applications | hostile | paths (the paths in PATHS, separated by spaces)  which
--             list of requests to rotate through; hostile: 1,000 different searches with every filter at once and a
--             free text of the longest length allowed (100 characters), so no remembered list answers them
--   TOKENS    bearer tokens of load-test students, separated by spaces (requests rotate through them too)
--   ONLY      optional: send only this one path, e.g. "/api/postings?q=nurse&pageSize=20"
--   RATE      optional: pace the whole run to about this many requests per second (0 or unset: as fast as
--             the connections allow, wrk's usual closed loop)
--   THREADS   wrk's -t, needed to split RATE between threads (default 2)
--
-- At the end it prints one machine-readable line starting with "RESULT".

-- Keep this list like RequestVariant.Defaults in perf/Internships.LoadTests, which explains the same requests.
local searches = {
  "/api/postings?pageSize=20",
  "/api/postings?q=nurse&pageSize=20",
  "/api/postings?q=python&pageSize=20",
  "/api/postings?q=weekend&page=2&pageSize=20",
  "/api/postings?pathwayId=3&pageSize=20",
  "/api/postings?minWage=25&pageSize=20",
  "/api/postings?eligibleOnly=true&pageSize=20",
  "/api/postings?sort=wage&pageSize=20",
  "/api/postings?page=3&pageSize=20",
  "/api/postings?pathwayId=1&sort=newest&page=2&pageSize=20",
  "/api/postings?eligibleOnly=true&q=assistant&sort=wage&pageSize=20",
  "/api/postings?q=spanish&minWage=20&page=5&pageSize=20",
}

local applications = {
  "/api/me/applications",
  "/api/me/applications",
  "/api/me/applications",
  "/api/me/applications?status=Submitted",
}

local scenario = os.getenv("SCENARIO") or "search"
local paths = scenario == "applications" and applications or searches
if scenario == "paths" then
  -- Paths given by the calling script (run-verification-load.sh: one award's documents per path), separated by spaces.
  paths = {}
  for path in string.gmatch(os.getenv("PATHS") or "", "%S+") do
    paths[#paths + 1] = path
  end
end
if scenario == "hostile" then
  -- Bad input as a scraper or a careless client sends it: every filter together and a long free text, each search
  -- different (more than the 500 lists a catalogue snapshot remembers), always valid so each one is really answered.
  local words = { "health", "care", "assistant", "weekend", "spanish", "bilingual", "office", "field", "engineering",
    "youth", "city", "water", "design", "clinic", "support", "summer", "data", "outreach", "library", "garden" }
  local sorts = { "wage", "newest", "deadline" }
  math.randomseed(17)
  paths = {}
  for i = 1, 1000 do
    local text = tostring(i)
    while #text < 94 do
      text = text .. "+" .. words[math.random(#words)]
    end
    text = string.sub(text, 1, 100)
    local every_filter = "q=%s&pathwayId=%d&minWage=%d&maxWage=%d&location=%s&remote=%s&eligibleOnly=true&sort=%s&page=%d&pageSize=50"
    paths[#paths + 1] = "/api/postings?" .. string.format(every_filter, text, math.random(1, 12), math.random(16, 20), math.random(22, 40), words[math.random(#words)],
      i % 2 == 0 and "true" or "false", sorts[(i % #sorts) + 1], math.random(1, 3))
  end
end
if os.getenv("ONLY") and os.getenv("ONLY") ~= "" then
  paths = { os.getenv("ONLY") }
end

local tokens = {}
for token in string.gmatch(os.getenv("TOKENS") or "", "%S+") do
  tokens[#tokens + 1] = token
end

local rate = tonumber(os.getenv("RATE") or "0") or 0
local threads = tonumber(os.getenv("THREADS") or "2") or 2

-- Every (path, token) request is formatted once; request() just hands out the next one. Consecutive requests
-- take the next path, and the token moves on once per round of paths, so every path is asked by every student.
local requests = {}
local counter = 0

function setup(thread)
  thread:set("thread_number", counter)
  counter = counter + 1
end

function init(args)
  for t = 1, math.max(#tokens, 1) do
    for p = 1, #paths do
      local headers = {}
      if #tokens > 0 then
        headers["Authorization"] = "Bearer " .. tokens[t]
      end
      requests[#requests + 1] = wrk.format("GET", paths[p], headers)
    end
  end
  -- Threads start at different places in the rotation.
  counter = (thread_number or 0) * 7
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

if rate > 0 then
  -- Pace this thread to rate/threads requests per second: each request gets the next free time slot, and a
  -- connection waits for its slot before sending. wrk measures latency from the send, so the wait is not counted.
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } wrk_timespec;
    int clock_gettime(int clock_id, wrk_timespec *tp);
  ]]
  local now_ts = ffi.new("wrk_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, now_ts) -- CLOCK_MONOTONIC
    return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
  end

  local interval = threads * 1000 / rate
  local next_slot = nil

  function delay()
    local now = now_ms()
    if next_slot == nil or next_slot < now then
      next_slot = now -- behind (all connections busy): do not burst to catch up
    end
    local wait = next_slot - now
    next_slot = next_slot + interval
    return math.floor(wait)
  end
end

function done(summary, latency, requests_done)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT scenario=%s requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f http_errors=%d socket_errors=%d\n",
    (#paths == 1 and paths[1] or scenario), summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
