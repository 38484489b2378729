package org.providernetwork.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Where the identity provider sends the browser back. The authentication mechanism has completed the
 * sign-in by the time this runs; all that is left is to go home.
 */
@WebServlet(PortalAuthentication.CALLBACK)
public class AuthCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/home.xhtml");
    }
}
