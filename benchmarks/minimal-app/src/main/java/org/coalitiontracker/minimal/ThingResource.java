package org.coalitiontracker.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET by id, as the quickstarts write it: load the entity, let Jackson write it. */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class ThingResource {

    @GET
    @Path("/{id}")
    public Thing get(@PathParam("id") long id) {
        Thing thing = Thing.findById(id);
        if (thing == null) {
            throw new NotFoundException();
        }
        return thing;
    }
}
