-- POST /api/chat, cycling through bench/questions.txt (one question a line), each request a new conversation.
local questions = {}
for line in io.lines("bench/questions.txt") do
  if #line > 0 then questions[#questions + 1] = line end
end
local i = 0
request = function()
  i = i + 1
  local q = questions[(i % #questions) + 1]:gsub('\\', '\\\\'):gsub('"', '\\"')
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, '{"message":"' .. q .. '"}')
end
