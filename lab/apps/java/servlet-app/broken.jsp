<%@ page contentType="text/html" %>
<html><body>
<% String s = "unterminated; %>
</body></html>
