// Go's net/http: fmt.Printf("%+v\n", resp) of the *http.Response. usage: go run print_response.go URL
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

func main() {
	resp, err := http.Get(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", resp)
}
