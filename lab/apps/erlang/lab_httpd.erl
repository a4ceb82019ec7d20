%% resplain capture lab: starts inets httpd on 127.0.0.1 with stock modules.
%% usage: erl -noshell -pa DIR -s lab_httpd start PORT ROOT
-module(lab_httpd).
-export([start/1]).

start([PortA, RootA]) ->
    Port = list_to_integer(atom_to_list(PortA)),
    Root = atom_to_list(RootA),
    {module, lab_esi} = code:ensure_loaded(lab_esi), % mod_esi checks function_exported/3
    ok = inets:start(),
    {ok, _} = inets:start(httpd, [
        {port, Port}, {bind_address, {127, 0, 0, 1}},
        {server_name, "lab"}, {server_root, Root}, {document_root, Root ++ "/www"},
        {modules, [mod_alias, mod_auth, mod_esi, mod_actions, mod_dir, mod_get, mod_head]},
        {erl_script_alias, {"/esi", [lab_esi]}},
        {directory_index, ["index.html"]},
        {max_header_size, 4096}, {max_body_size, 10}, {max_uri_size, 2000},
        {directory, {Root ++ "/www/private", [{auth_type, plain}, {auth_name, "lab"}, {auth_user_file, Root ++ "/passwd"},
                                              {auth_group_file, Root ++ "/group"}, {require_user, ["lab"]}]}}
    ]),
    receive stop -> ok end.
