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

import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/widgets/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

    private final Widgets widgets;
    private final HistoryResponses history;

    WidgetResource(Widgets widgets, HistoryResponses history) {
        this.widgets = widgets;
        this.history = history;
    }

    @GET
    public RestResponse<?> get(@PathParam("key") String key, @QueryParam("knownAt") String knownAt) {
        Optional<Instant> at = QueryParams.knownAt("knownAt", knownAt);
        if (at.isPresent()) {
            return history.knownAt(WidgetContract.TOPIC, key, at.get(), "widget");
        }
        Widget widget = widgets.get(key);
        return VersionedResponses.ok(WidgetView.of(widget), widget.version);
    }

    @GET
    @Path("/history")
    public RestResponse<Page<RecordedVersion>> history(@PathParam("key") String key, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context UriInfo uriInfo) {
        return history.history(WidgetContract.TOPIC, key, PageRequest.parse(page, size), uriInfo, "widget");
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

    @POST
    @Path("/broken-rename")
    public void brokenRename(@PathParam("key") String key, @Valid WidgetBody body) {
        widgets.renameThenBreakConstraint(key, body.name());
    }
}
