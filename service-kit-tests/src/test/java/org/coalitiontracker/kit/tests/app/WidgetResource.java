package org.coalitiontracker.kit.tests.app;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.coalitiontracker.kit.http.VersionedResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/widgets/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    private final Widgets widgets;

    WidgetResource(Widgets widgets) {
        this.widgets = widgets;
    }

    @GET
    public RestResponse<WidgetView> get(@PathParam("key") String key) {
        Widget widget = widgets.get(key);
        return VersionedResponses.ok(WidgetView.of(widget), widget.version);
    }

    @PUT
    public RestResponse<WidgetView> put(@PathParam("key") String key, @Valid WidgetBody body) {
        Widget widget = widgets.put(key, body.name());
        return VersionedResponses.ok(WidgetView.of(widget), widget.version);
    }

    @DELETE
    public RestResponse<Void> delete(@PathParam("key") String key) {
        widgets.delete(key);
        return VersionedResponses.noContent();
    }

    @POST
    @Path("/failed-rename")
    public void failedRename(@PathParam("key") String key, @Valid WidgetBody body) {
        widgets.renameThenFail(key, body.name());
    }
}
