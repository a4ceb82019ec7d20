// resplain capture lab: gin (release mode, gin.Default: Logger + Recovery) with
// HandleMethodNotAllowed on. usage: gin PORT
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type item struct {
	Name  string `json:"name" binding:"required"`
	Count int    `json:"count"`
}

func main() {
	gin.SetMode(gin.ReleaseMode)
	r := gin.Default()
	r.HandleMethodNotAllowed = true
	r.GET("/items/:id", func(c *gin.Context) { c.String(http.StatusOK, "item") })
	// BindJSON aborts with 400 itself (c.AbortWithError(400, err).SetType(ErrorTypeBind)).
	r.POST("/items", func(c *gin.Context) {
		var it item
		if err := c.BindJSON(&it); err != nil {
			return
		}
		c.JSON(http.StatusOK, it)
	})
	// The common idiom: ShouldBindJSON and the error text in a gin.H.
	r.POST("/items2", func(c *gin.Context) {
		var it item
		if err := c.ShouldBindJSON(&it); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, it)
	})
	r.GET("/panic", func(c *gin.Context) { panic("lab: handler panicked") })
	r.GET("/abort", func(c *gin.Context) { c.AbortWithStatus(http.StatusForbidden) })
	r.Run("127.0.0.1:" + os.Args[1])
}
