-- POST /api/chat, cycling through bench/questions.txt (one question a line), each request a new conversation.
-- The requests are built once, in init: wrk's README asks for multiple requests to be "pre-generated and returned via
-- a quick lookup in the request() call", as building one per request takes wrk's CPU from the server it shares a
-- machine with (the ceiling's requests cost wrk no Lua at all).
local requests = {}
local i = 0

init = function(args)
  for line in io.lines("bench/questions.txt") do
    if #line > 0 then
      local body = '{"message":"' .. line:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"}'
      requests[#requests + 1] = wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
    end
  end
end

request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
