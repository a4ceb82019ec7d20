%% resplain capture lab: mod_esi callbacks for inets httpd (lab/recipes/erlang-inets.sh).
-module(lab_esi).
-export([ok/3, crash/3]).

ok(SessionID, _Env, _Input) ->
    mod_esi:deliver(SessionID, "Content-Type: text/plain\r\n\r\nok").

crash(_SessionID, _Env, _Input) ->
    erlang:error(lab_handler_crashed).
