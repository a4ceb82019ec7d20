// resplain capture lab: gorilla/mux with gorilla/handlers' RecoveryHandler. usage: gorillamux PORT
package main

import (
	"net/http"
	"os"

	"github.com/gorilla/handlers"
	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/items/{id:[0-9]+}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("item")) }).Methods("GET")
	r.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) { panic("lab: handler panicked") })
	http.ListenAndServe("127.0.0.1:"+os.Args[1], handlers.RecoveryHandler()(r))
}
