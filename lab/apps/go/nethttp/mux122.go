//go:build go1.22
//go:debug httpmuxgo121=0

package main

import (
	"io"
	"net/http"
)

func init() {
	registerPatterns = func(mux *http.ServeMux) {
		mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "item "+r.PathValue("id"))
		})
	}
}
