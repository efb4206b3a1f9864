-- wrk script of bench/search-benchmark.sh: requests the paths of a file (one a line) in turn, each thread from its
-- own starting point, collects the Server-Timing header of every response (search;dur=, handler;dur=), and prints
-- one Markdown table row: requests per second, latency percentiles over HTTP, and the engine's and handler's
-- percentiles. Usage: wrk -t1 -c2 -d20s -s bench/search-mix.lua http://127.0.0.1:8094 -- paths.txt label
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  label = args[2] or args[1]
  math.randomseed(os.time() * 100 + id)
  counter = math.random(#paths)
  search_ms = {}
  handler_ms = {}
  not_ok = 0
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
  local timing = headers["Server-Timing"] or headers["server-timing"]
  if timing then
    local s = timing:match("search;dur=([%d%.]+)")
    local h = timing:match("handler;dur=([%d%.]+)")
    if s then search_ms[#search_ms + 1] = tonumber(s) end
    if h then handler_ms[#handler_ms + 1] = tonumber(h) end
  end
end

local function percentile(values, p)
  if #values == 0 then return nil end
  table.sort(values)
  return values[math.max(1, math.ceil(#values * p / 100))]
end

local function ms(v)
  if v == nil then return "–" end
  return string.format("%.1f", v)
end

function done(summary, latency, requests)
  local search, handler, failed, name = {}, {}, 0, nil
  for _, thread in ipairs(threads) do
    for _, v in ipairs(thread:get("search_ms")) do search[#search + 1] = v end
    for _, v in ipairs(thread:get("handler_ms")) do handler[#handler + 1] = v end
    failed = failed + thread:get("not_ok")
    name = thread:get("label")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + failed
  io.write(string.format("| %s | %d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s | %d |\n",
    name, summary.requests, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50) / 1000), ms(latency:percentile(95) / 1000), ms(latency:percentile(99) / 1000),
    ms(percentile(search, 50)), ms(percentile(search, 95)), ms(percentile(search, 99)),
    ms(percentile(handler, 50)), ms(percentile(handler, 95)), errors))
end
