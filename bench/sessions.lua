-- POST /api/chat with a new sessionId on every request, to fill the conversation store:
-- each thread stops after `per_thread` requests (wrk -t2 → 2 × 500,000 = 1,000,000 distinct sessionIds).
local per_thread = tonumber(os.getenv("SESSIONS_PER_THREAD") or "500000")
local counter = 0
local id = 0
setup = function(thread)
  id = id + 1
  thread:set("tid", id)
end
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"},
    '{"sessionId":"t' .. tid .. '-' .. counter .. '","message":"what does a product owner do?"}')
end
response = function()
  if counter >= per_thread then wrk.thread:stop() end
end
