#!/usr/bin/env python3
"""Drives a running Firefox (started with --marionette, under Xvfb) through Marionette, its own TCP
protocol (a small client here, no pip packages), so that a user's right-click on a request in the
Network panel and "Copy Value > Copy Response Headers" puts the response headers on the X clipboard;
writes the clipboard text (xclip) to OUT_FILE byte for byte.

usage: firefox_copy_headers.py MARIONETTE_PORT URL OUT_FILE
  1. chrome context: gDevTools.showToolboxForTab(tab, {toolId: "netmonitor"}) opens the toolbox on
     the Network panel
  2. content context: the tab loads URL (WebDriver:Navigate)
  3. chrome context: the request for URL is waited for in the panel's store until its status and
     response headers are in; its row's screen position is read
  4. X input (xdotool, XTest): the pointer moves onto the row and right-clicks it, which opens the
     panel's context menu (RequestListContextMenu); the "Copy Value" access key opens the
     submenu, the Down key walks it to "Copy Response Headers"
     (#response-list-context-copy-response-headers), Return activates it. (Pointer moves over the
     menu close it under a bare Xvfb with no window manager, so the menu is driven by keyboard.)
  5. the clipboard is read with `xclip -o -selection clipboard` on the same DISPLAY
"""
import json, socket, subprocess, sys, time


class Marionette:
    def __init__(self, port):
        for _ in range(600):
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"nothing listens on 127.0.0.1:{port} (Marionette)")
        self.buf = b""
        self.next_id = 0
        self._read()  # the hello: {"applicationType": "gecko", "marionetteProtocol": 3}

    def _read(self):
        while b":" not in self.buf:
            self.buf += self._recv()
        n, rest = self.buf.split(b":", 1)
        n = int(n)
        while len(rest) < n:
            rest += self._recv()
        self.buf = rest[n:]
        return json.loads(rest[:n])

    def _recv(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise SystemExit("Marionette closed the connection")
        return chunk

    def cmd(self, name, params=None):
        self.next_id += 1
        data = json.dumps([0, self.next_id, name, params or {}]).encode()
        self.sock.sendall(str(len(data)).encode() + b":" + data)
        while True:
            msg = self._read()
            if msg[0] == 1 and msg[1] == self.next_id:
                if msg[2]:
                    raise SystemExit(f"{name}: {msg[2]}")
                return msg[3]

    def chrome_js(self, body, *args):
        """Runs an async function body in the chrome context; returns its value."""
        script = (
            "const done = arguments[arguments.length - 1];"
            f"(async (...args) => {{ {body} }})(...Array.from(arguments).slice(0, -1))"
            ".then(v => done({ok: v}), e => done({err: String(e) + '\\n' + (e && e.stack)}));"
        )
        res = self.cmd("WebDriver:ExecuteAsyncScript", {"script": script, "args": list(args)})
        value = res.get("value", res)
        if "err" in value:
            raise SystemExit(f"chrome script failed: {value['err']}")
        return value.get("ok")


OPEN_TOOLBOX = r"""
const { require } = ChromeUtils.importESModule("resource://devtools/shared/loader/Loader.sys.mjs");
const { gDevTools } = require("devtools/client/framework/devtools");
const toolbox = await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: "netmonitor" });
const panel = toolbox.getCurrentPanel();
return toolbox.currentToolId + " " + !!panel.panelWin.store;
"""

PANEL = r"""
const { require } = ChromeUtils.importESModule("resource://devtools/shared/loader/Loader.sys.mjs");
const { gDevTools } = require("devtools/client/framework/devtools");
const win = gDevTools.getToolboxForTab(gBrowser.selectedTab).getPanel("netmonitor").panelWin;
const doc = win.document;
const sleep = ms => new Promise(r => setTimeout(r, ms));
// waits until fn() gives something (10 s at most)
const until = async (fn, what) => {
  for (let i = 0; i < 100; i++) { const v = fn(); if (v) return v; await sleep(100); }
  throw new Error(what);
};
// the context menu DevTools' Menu (devtools/client/framework/menu.js) puts in the browser window
const contextMenu = () => document.querySelector('popupset menupopup[menu-api="true"]');
const ITEM = "#response-list-context-copy-response-headers";
"""

# 3. the request's row, once the panel has its status and response headers: its screen point
FIND_ROW = PANEL + r"""
const [url] = args;
const { getDisplayedRequests } = win.windowRequire("devtools/client/netmonitor/src/selectors/index");
let req, index = -1;
for (let i = 0; i < 300; i++) {
  const shown = getDisplayedRequests(win.store.getState());
  index = shown.findIndex(r => r.url === url && r.status && r.responseHeadersAvailable);
  if (index >= 0) { req = shown[index]; break; }
  await sleep(100);
}
if (!req) throw new Error("no finished request for " + url + " in the Network panel");
await sleep(1000);
const row = doc.querySelectorAll(".request-list-item")[index];
if (!row) throw new Error("no row " + index + " in the request list");
// 40 px into the row, vertically centred, in X screen pixels
const r = row.getBoundingClientRect(), s = win.devicePixelRatio;
const point = [Math.round((win.mozInnerScreenX + r.left + 40) * s),
               Math.round((win.mozInnerScreenY + r.top + r.height / 2) * s)];
return { point, status: req.status, statusText: req.statusText, httpVersion: req.httpVersion, url: req.url };
"""

# 4a. the context menu is open: the access key of "Copy Value"
COPY_VALUE = PANEL + r"""
await until(() => contextMenu()?.state == "open", "the request list's context menu did not open");
const item = contextMenu().querySelector(ITEM);
if (!item) throw new Error("no Copy Response Headers item in the context menu");
const menu = item.parentNode.parentNode;   // Copy Value's <menu>
return { label: menu.getAttribute("label"), accesskey: menu.getAttribute("accesskey") };
"""

# 4b. the submenu is open
SUBMENU_OPEN = PANEL + r"""
const item = contextMenu().querySelector(ITEM);
await until(() => item.parentNode.state == "open", "the Copy Value submenu did not open");
return item.getAttribute("label");
"""

ITEM_ACTIVE = PANEL + r"""
const item = contextMenu()?.querySelector(ITEM);
return !!item && item.hasAttribute("_moz-menuactive");
"""

# 4c. the menu closed once the item was activated
CLOSED = PANEL + r"""
await until(() => !contextMenu(), "the context menu did not close");
return true;
"""


def xdotool(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


def clipboard():
    r = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True)
    return r.stdout if r.returncode == 0 else b""


def main():
    port, url, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    m = Marionette(port)
    m.cmd("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
    m.cmd("WebDriver:SetTimeouts", {"script": 90000, "pageLoad": 60000})
    m.cmd("Marionette:SetContext", {"value": "chrome"})
    print("toolbox:", m.chrome_js(OPEN_TOOLBOX), file=sys.stderr)
    m.cmd("Marionette:SetContext", {"value": "content"})
    m.cmd("WebDriver:Navigate", {"url": url})
    m.cmd("Marionette:SetContext", {"value": "chrome"})
    before = clipboard()
    req = m.chrome_js(FIND_ROW, url)
    print("request:", json.dumps(req), file=sys.stderr)
    xdotool("mousemove", *req["point"])
    time.sleep(0.3)
    xdotool("click", 3)                      # right-click the row
    copy_value = m.chrome_js(COPY_VALUE)
    print("menu:", json.dumps(copy_value), file=sys.stderr)
    time.sleep(0.5)
    xdotool("key", copy_value["accesskey"])  # opens the Copy Value submenu
    print("submenu open, looking for:", m.chrome_js(SUBMENU_OPEN), file=sys.stderr)
    for _ in range(30):                      # Down to Copy Response Headers
        if m.chrome_js(ITEM_ACTIVE):
            break
        xdotool("key", "Down")
        time.sleep(0.2)
    else:
        raise SystemExit("Copy Response Headers never became the active item")
    xdotool("key", "Return")                 # activates it
    m.chrome_js(CLOSED)
    for _ in range(100):
        text = clipboard()
        if text and text != before:
            break
        time.sleep(0.1)
    else:
        raise SystemExit("the clipboard did not change after Copy Response Headers")
    with open(out, "wb") as f:
        f.write(text)
    try:
        m.cmd("WebDriver:DeleteSession")
    except SystemExit:
        pass


if __name__ == "__main__":
    main()
