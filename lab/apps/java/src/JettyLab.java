// Embedded Jetty 9.4 for lab/recipes/java-jetty.sh, wired the way the jetty9 distribution's
// etc/jetty.xml is: a ContextHandlerCollection of contexts, then Jetty's DefaultHandler for
// requests no context takes. One servlet context at /app (LabServlets + the DefaultServlet over
// a directory). Jetty's own ErrorHandler writes every error page; sendServerVersion is Jetty's
// default (on). usage: JettyLab PORT DOCROOT
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.DefaultHandler;
import org.eclipse.jetty.server.handler.HandlerList;
import org.eclipse.jetty.servlet.DefaultServlet;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

public class JettyLab {
    public static void main(String[] args) throws Exception {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);

        ServletContextHandler app = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        app.setContextPath("/app");
        app.setResourceBase(args[1]);
        app.setMaxFormContentSize(10);
        app.addServlet(new ServletHolder(new LabServlets.Hello()), "/hello");
        app.addServlet(new ServletHolder(new LabServlets.Boom()), "/boom");
        app.addServlet(new ServletHolder(new LabServlets.SendError()), "/orders/42");
        app.addServlet(new ServletHolder(new LabServlets.Unavailable()), "/unavailable");
        app.addServlet(new ServletHolder(new LabServlets.Form()), "/form");
        app.addServlet(new ServletHolder("default", new DefaultServlet()), "/");

        ContextHandlerCollection contexts = new ContextHandlerCollection();
        contexts.addHandler(app);
        HandlerList handlers = new HandlerList();
        handlers.setHandlers(new Handler[] {contexts, new DefaultHandler()});
        server.setHandler(handlers);
        server.start();
        server.join();
    }
}
