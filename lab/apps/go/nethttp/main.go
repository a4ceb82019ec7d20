// resplain capture lab: a plain net/http server whose routes reach the standard library's own
// error answers (http.Error, http.NotFound, TimeoutHandler, MaxBytesReader, FileServer) and whose
// server answers malformed requests itself. usage: nethttp PORT TLSPORT STATICDIR
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net/http"
	"os"
	"time"
)

// registerPatterns adds Go 1.22 method/wildcard patterns when built with go1.22+ (mux122.go).
var registerPatterns = func(mux *http.ServeMux) {}

func selfSigned() tls.Certificate {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)}
	der, _ := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

func main() {
	port, tlsPort, static := os.Args[1], os.Args[2], os.Args[3]
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "lab: database unavailable", http.StatusInternalServerError)
	})
	mux.HandleFunc("/notfound", http.NotFound)
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) { panic("lab: handler panicked") })
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) })
	mux.Handle("/timeout", http.TimeoutHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(3 * time.Second)
	}), time.Second, ""))
	mux.HandleFunc("/upload", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 10)
		if _, err := io.ReadAll(r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		io.WriteString(w, "ok")
	})
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir(static))))
	registerPatterns(mux)
	srv := &http.Server{Addr: "127.0.0.1:" + port, Handler: mux, MaxHeaderBytes: 4096}
	tlsSrv := &http.Server{Addr: "127.0.0.1:" + tlsPort, Handler: mux,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{selfSigned()}}}
	go func() { log.Fatal(tlsSrv.ListenAndServeTLS("", "")) }()
	log.Fatal(srv.ListenAndServe())
}
