// The JDK's built-in com.sun.net.httpserver for lab/recipes/java-jdk-httpserver.sh: one context
// at /app that answers 200 and one at /boom whose handler throws. Everything else (no context,
// a bad request line, the exception) is answered, or not, by the JDK's own ServerImpl.
// usage: JdkHttpServerLab PORT
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

public class JdkHttpServerLab {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/app", exchange -> {
            byte[] body = "hello\n".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/boom", exchange -> {
            throw new IllegalStateException("lab: order service unavailable");
        });
        server.start();
    }
}
