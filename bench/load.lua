-- A bounded load: each wrk thread sends REQUESTS_PER_THREAD chat requests (questions.txt in turn), then stops.
local per_thread = tonumber(os.getenv("REQUESTS_PER_THREAD") or "50000")
local questions = {}
for line in io.lines("bench/questions.txt") do
  if #line > 0 then questions[#questions + 1] = line end
end
local sent = 0
request = function()
  sent = sent + 1
  local q = questions[(sent % #questions) + 1]:gsub('\\', '\\\\'):gsub('"', '\\"')
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, '{"message":"' .. q .. '"}')
end
response = function()
  if sent >= per_thread then wrk.thread:stop() end
end
