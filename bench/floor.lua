-- POST /api/chat with one goodbye, a reply that retrieves nothing: the fixed cost of a chat request
-- (HTTP, JSON in and out, a new conversation, the intent model), for comparison with the full mix of chat.lua.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message":"bye"}'
