// resplain capture lab: chi v5 with its stock middleware. usage: chi PORT
package main

import (
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.Recoverer)
	r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("item")) })
	r.Get("/panic", func(w http.ResponseWriter, r *http.Request) { panic("lab: handler panicked") })
	r.With(middleware.Timeout(time.Second)).Get("/timeout", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	r.With(middleware.ThrottleBacklog(1, 0, time.Second)).Get("/throttle", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(3 * time.Second)
	})
	r.With(middleware.BasicAuth("lab", map[string]string{"u": "p"})).Get("/basic", func(w http.ResponseWriter, r *http.Request) {})
	r.With(middleware.AllowContentType("application/json")).Post("/items", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe("127.0.0.1:"+os.Args[1], r)
}
