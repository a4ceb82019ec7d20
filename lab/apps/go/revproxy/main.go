// resplain capture lab: net/http/httputil.ReverseProxy with its default ErrorHandler in front of
// the lab's misbehaving upstreams (lab/lib/upstreams.py). usage: revproxy PORT UPSTREAM_BASE
package main

import (
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strconv"
	"time"
)

func main() {
	port := os.Args[1]
	base, _ := strconv.Atoi(os.Args[2])
	transport := &http.Transport{
		ResponseHeaderTimeout:  2 * time.Second,
		MaxResponseHeaderBytes: 16 << 10,
	}
	mux := http.NewServeMux()
	for i, name := range []string{"refused", "slow", "garbage", "empty", "reset", "app500", "ok", "bighead", "half", "slowbody"} {
		target, _ := url.Parse("http://127.0.0.1:" + strconv.Itoa(base+i))
		p := httputil.NewSingleHostReverseProxy(target)
		p.Transport = transport
		mux.Handle("/"+name, p)
	}
	log.Fatal(http.ListenAndServe("127.0.0.1:"+port, mux))
}
