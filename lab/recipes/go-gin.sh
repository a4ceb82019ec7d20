#!/usr/bin/env bash
# gin (Debian golang-github-gin-gonic-gin-dev, built with Debian's Go): its default 404/405,
# binding errors, Recovery middleware. lab/apps/go/gin. Ports 21020-21029.
source "$(dirname "$0")/../lib/common.sh"
need_apt golang-go golang-github-gin-gonic-gin-dev
GOV="$(go version | awk '{print $3}')"
VERSION="$(dpkg-query -W -f='${Version}' golang-github-gin-gonic-gin-dev | sed 's/-[^-]*$//') (Debian golang-github-gin-gonic-gin-dev $(dpkg-query -W -f='${Version}' golang-github-gin-gonic-gin-dev), $GOV, GIN_MODE=release)"
"$LAB/apps/go/build.sh" gin /usr/bin/go "$WORK/gin"
PORT=21020
"$WORK/gin" $PORT > "$WORK/gin.log" 2>&1 & cleanup_add "kill $!"
wait_port $PORT
U=http://127.0.0.1:$PORT
c=(--product gin --version "$VERSION" --origin app --generator gin)
capture "${c[@]}" --id gin-404-lab-not-found --url $U/nothing-here --scenario not-found --notes "no route: gin's default404Body, text/plain" --error-shape plain-text --message "404 page not found"
capture "${c[@]}" --id gin-404-lab-not-found-head --url $U/nothing-here --method HEAD --scenario not-found --notes "HEAD to an unknown path"
capture "${c[@]}" --id gin-405-lab-method-not-allowed --url $U/items/7 --method DELETE --scenario method-not-allowed --notes "HandleMethodNotAllowed = true, DELETE on a GET route: default405Body" --error-shape plain-text --message "405 method not allowed"
capture "${c[@]}" --id gin-400-lab-bind-json-malformed --url $U/items --method POST -H "Content-Type: application/json" --data '{"name": ' --scenario malformed-json --notes "c.BindJSON aborts with 400 itself (AbortWithError + ErrorTypeBind): header only, empty body"
capture "${c[@]}" --id gin-400-lab-should-bind-json-validation --url $U/items2 --method POST -H "Content-Type: application/json" --data '{"count": 1}' --scenario validation --notes "the common idiom: ShouldBindJSON then c.JSON(400, gin.H{\"error\": err.Error()}): validator v10 text for a binding:\"required\" field" --error-shape error-string --message "Key: 'item.Name' Error:Field validation for 'Name' failed on the 'required' tag"
capture "${c[@]}" --id gin-400-lab-should-bind-json-malformed --url $U/items2 --method POST -H "Content-Type: application/json" --data '{"name": ' --scenario malformed-json --notes "ShouldBindJSON idiom with a truncated JSON body: encoding/json's error text" --error-shape error-string --message "unexpected EOF"
capture "${c[@]}" --id gin-500-lab-panic-recovery --url $U/panic --scenario unhandled-exception --notes "handler panics; gin.Default's Recovery middleware answers 500 with no body"
capture "${c[@]}" --id gin-403-lab-abort-with-status --url $U/abort --scenario forbidden --notes "c.AbortWithStatus(403): header only"
