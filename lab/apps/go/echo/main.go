// resplain capture lab: echo v4 with its DefaultHTTPErrorHandler and stock middleware.
// usage: echo PORT (a second instance with Debug on listens on PORT+1)
package main

import (
	"errors"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

type item struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

func app(debug bool) *echo.Echo {
	e := echo.New()
	e.HideBanner, e.HidePort, e.Debug = true, true, debug
	e.Use(middleware.Recover())
	e.GET("/items/:id", func(c echo.Context) error { return c.String(http.StatusOK, "item") })
	e.POST("/items", func(c echo.Context) error {
		var it item
		if err := c.Bind(&it); err != nil {
			return err
		}
		return c.JSON(http.StatusOK, it)
	})
	e.GET("/panic", func(c echo.Context) error { panic("lab: handler panicked") })
	e.GET("/error", func(c echo.Context) error { return errors.New("lab: database unavailable") })
	e.GET("/forbidden", func(c echo.Context) error { return echo.ErrForbidden })
	e.POST("/upload", func(c echo.Context) error { return c.String(http.StatusOK, "ok") }, middleware.BodyLimit("10B"))
	e.GET("/jwt", func(c echo.Context) error { return c.String(http.StatusOK, "ok") }, middleware.JWT([]byte("lab-secret")))
	e.GET("/keyauth", func(c echo.Context) error { return c.String(http.StatusOK, "ok") },
		middleware.KeyAuth(func(k string, c echo.Context) (bool, error) { return k == "lab", nil }))
	e.GET("/basic", func(c echo.Context) error { return c.String(http.StatusOK, "ok") },
		middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) { return false, nil }))
	e.POST("/csrf", func(c echo.Context) error { return c.String(http.StatusOK, "ok") }, middleware.CSRF())
	e.GET("/ratelimit", func(c echo.Context) error { return c.String(http.StatusOK, "ok") },
		middleware.RateLimiter(middleware.NewRateLimiterMemoryStore(0.0001)))
	e.GET("/timeout", func(c echo.Context) error { time.Sleep(3 * time.Second); return nil },
		middleware.TimeoutWithConfig(middleware.TimeoutConfig{Timeout: time.Second}))
	return e
}

func main() {
	port, _ := strconv.Atoi(os.Args[1])
	go app(true).Start("127.0.0.1:" + strconv.Itoa(port+1))
	e := app(false)
	e.Logger.Fatal(e.Start("127.0.0.1:" + os.Args[1]))
}
