package org.coalitiontracker.kit.events;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * An owner's API as the read copies need it: a record by its path. One client per owner URL
 * is built from this ({@link OwnerLookups}); the path is the owner's own, so that no service's
 * paths are written into the kit.
 */
@Path("")
public interface OwnerApi {

    /** {@code path} is already a path of the owner's API (its segments safe as they are), without the leading slash. */
    @GET
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    RestResponse<String> get(@PathParam("path") @Encoded String path);
}
