// Java's HttpURLConnection reading a URL whose answer is an error status: getInputStream() throws
// `java.io.IOException: Server returned HTTP response code: 502 for URL: …` (uncaught).
// usage: java UrlConnection.java URL
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class UrlConnection {
    public static void main(String[] args) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(args[0]).openConnection();
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
    }
}
