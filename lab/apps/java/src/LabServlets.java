// Servlets for the Java lab recipes (java-tomcat.sh, java-jetty.sh): each one triggers one of the
// container's own error paths, so the container (not this code) writes the error page.
// Compiled at recipe time with javac against the Debian servlet API jar (jakarta.* for Tomcat 10,
// javax.* for Jetty 9: the recipe rewrites the import).
import jakarta.servlet.ServletException;
import jakarta.servlet.UnavailableException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

public class LabServlets {
    /** GET only: any other method gets the container's 405 (HttpServlet.doPost's default). */
    public static class Hello extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().write("hello\n");
        }
    }

    /** An unhandled exception: the container's 500 page. */
    public static class Boom extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("lab: order service unavailable");
        }
    }

    /** sendError with the application's own message. */
    public static class SendError extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Order 42 does not exist");
        }
    }

    /** Temporarily unavailable: the container answers 503. */
    public static class Unavailable extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
            throw new UnavailableException("lab: down for maintenance", 60);
        }
    }

    /** Reads form parameters (the container's maxPostSize applies). */
    public static class Form extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String v = req.getParameter("a");
            resp.setContentType("text/plain");
            resp.getWriter().write("a=" + v + "\n");
        }
    }
}
